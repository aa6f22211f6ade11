'use client';

import { useActionState, useId } from 'react';
import { type FollowUpState, saveFollowUp } from '@/app/(app)/_actions/follow-up';
import { ActivityStatusBadge } from '@/components/ui/status-badge';
import { FieldError, FormStatus, describedBy, fieldError } from '@/components/ui/form-bits';
import { FormStateContext, KeptSelect, KeptTextarea } from '@/components/ui/kept-fields';
import { RequestIdField } from '@/components/ui/request-id-field';
import { FOLLOW_UP_COMMENT_MAX } from '@/lib/activities/limits';
import { STATUS_LABELS, STORED_STATUSES, type DisplayStatus, type StoredStatus } from '@/lib/activities/status';

/** Plain data for one activity on "Mina aktiviteter" (dates already formatted on the server). */
export type FollowUpCardItem = {
  id: string;
  version: number;
  title: string;
  goal: string;
  department: string | null;
  dueDate: string | null;
  owner: string;
  status: StoredStatus;
  displayStatus: DisplayStatus;
  current: { status: StoredStatus; comment: string; savedAt: string; authorName: string | null } | null;
  previous: { periodLabel: string; status: StoredStatus; comment: string } | null;
};

export function FollowUpCard({
  orgSlug,
  period,
  item,
}: {
  orgSlug: string;
  period: { year: number; period: string; label: string };
  item: FollowUpCardItem;
}) {
  const [state, action, pending] = useActionState<FollowUpState, FormData>(saveFollowUp, null);
  const uid = useId();
  const ids = { title: `${uid}-title`, status: `${uid}-status`, comment: `${uid}-comment`, prev: `${uid}-prev` };
  const commentError = fieldError(state, 'comment');
  const statusError = fieldError(state, 'status');
  return (
    <article className="card follow-up-card" aria-labelledby={ids.title}>
      <h3 id={ids.title}>{item.title}</h3>
      <dl className="follow-up-card__facts">
        <dt>Mål</dt>
        <dd>{item.goal}</dd>
        <dt>Måldatum</dt>
        <dd>{item.dueDate ?? '–'}</dd>
        <dt>Ansvarig</dt>
        <dd>{item.owner}</dd>
        <dt>Status nu</dt>
        <dd>
          <ActivityStatusBadge status={item.displayStatus} />
        </dd>
        <dt>{period.label}</dt>
        <dd>
          {item.current ? (
            <span className="badge badge--ok">
              <span aria-hidden="true">✓ </span>Uppföljd {item.current.savedAt}
              {item.current.authorName ? ` av ${item.current.authorName}` : ''}
            </span>
          ) : (
            <span className="badge badge--warn">
              <span aria-hidden="true">! </span>Saknar uppföljning
            </span>
          )}
        </dd>
      </dl>
      <div id={ids.prev} className="follow-up-card__previous">
        {item.previous ? (
          <>
            <p className="muted">
              Förra uppföljningen ({item.previous.periodLabel}, {STATUS_LABELS[item.previous.status].toLowerCase()}):
            </p>
            <p>{item.previous.comment}</p>
          </>
        ) : (
          <p className="muted">Ingen tidigare uppföljning.</p>
        )}
      </div>
      <form action={action} className="follow-up-card__form">
        <input type="hidden" name="org" value={orgSlug} />
        <input type="hidden" name="activityId" value={item.id} />
        <input type="hidden" name="version" value={item.version} />
        <input type="hidden" name="year" value={period.year} />
        <input type="hidden" name="period" value={period.period} />
        <RequestIdField after={state} />
        <FormStateContext value={state}>
          <div className="form-field">
            <label htmlFor={ids.status}>Status</label>
            <KeptSelect
              id={ids.status}
              name="status"
              defaultValue={item.current?.status ?? item.status}
              aria-invalid={statusError ? true : undefined}
              aria-describedby={describedBy(statusError && `${ids.status}-error`)}
            >
              {STORED_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </KeptSelect>
            <FieldError id={`${ids.status}-error`} message={statusError} />
          </div>
          <div className="form-field">
            <label htmlFor={ids.comment}>Kommentar</label>
            <KeptTextarea
              id={ids.comment}
              name="comment"
              rows={3}
              maxLength={FOLLOW_UP_COMMENT_MAX}
              defaultValue={item.current?.comment ?? ''}
              aria-invalid={commentError ? true : undefined}
              aria-describedby={describedBy(ids.prev, commentError && `${ids.comment}-error`)}
            />
            <FieldError id={`${ids.comment}-error`} message={commentError} />
          </div>
        </FormStateContext>
        <FormStatus state={state} hideError={Boolean(commentError || statusError)} />
        {/* Not disabled while saving: a disabled button drops keyboard focus to the top of the page. A second
            press sends the same requestId, so it writes once. */}
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {pending ? 'Sparar…' : 'Spara uppföljning'}
          <span className="visually-hidden"> för {item.title}</span>
        </button>
      </form>
    </article>
  );
}
