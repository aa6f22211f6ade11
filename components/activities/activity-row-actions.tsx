'use client';

import { Link } from '@/components/ui/link';
import { useActionState } from 'react';
import { type RowActionState, moveActivity, removeActivity, restoreActivity } from '@/app/(app)/_actions/activities';
import { RequestIdField } from '@/components/ui/request-id-field';

type Props = { orgSlug: string; activityId: string; version: number; title: string };

/** HR's buttons on a register row. Each names its activity for screen readers (many rows, same words). */
export function ActivityRowActions({ orgSlug, activityId, version, title }: Props) {
  const [moved, move] = useActionState<RowActionState, FormData>(moveActivity, null);
  const [removed, remove, removing] = useActionState<RowActionState, FormData>(removeActivity, null);
  const failure = [moved, removed].find((s) => s && !s.ok);
  return (
    <div className="row-actions">
      <Link href={`/${orgSlug}/aktiviteter/${activityId}`}>
        Ändra<span className="visually-hidden"> {title}</span>
      </Link>
      {/* One form for both directions: the pressed button sends its direction (with or without JavaScript). */}
      <form action={move}>
        <input type="hidden" name="org" value={orgSlug} />
        <input type="hidden" name="activityId" value={activityId} />
        <RequestIdField after={moved} />
        {(['up', 'down'] as const).map((direction) => (
          <button key={direction} type="submit" name="direction" value={direction} className="button button--link">
            {direction === 'up' ? 'Flytta upp' : 'Flytta ned'}
            <span className="visually-hidden"> {title}</span>
          </button>
        ))}
      </form>
      <form action={remove}>
        <input type="hidden" name="org" value={orgSlug} />
        <input type="hidden" name="activityId" value={activityId} />
        <input type="hidden" name="version" value={version} />
        <RequestIdField after={removed} />
        <button type="submit" className="button button--link" aria-disabled={removing || undefined}>
          Ta bort<span className="visually-hidden"> {title}</span>
        </button>
      </form>
      <div aria-live="polite">{failure && !failure.ok && <p className="field-error">{failure.error}</p>}</div>
    </div>
  );
}

export function RestoreActivityButton({ orgSlug, activityId, version, title }: Props) {
  const [state, restore, pending] = useActionState<RowActionState, FormData>(restoreActivity, null);
  return (
    <form action={restore}>
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="version" value={version} />
      <RequestIdField after={state} />
      <button type="submit" className="button button--secondary" aria-disabled={pending || undefined}>
        Återställ<span className="visually-hidden"> {title}</span>
      </button>
      <span aria-live="polite">{state && !state.ok && <span className="field-error"> {state.error}</span>}</span>
    </form>
  );
}
