'use client';

import { useActionState } from 'react';
import { type GapFormState, addGapComment } from '@/app/(app)/_actions/competence-gaps';
import { FieldError, FormStatus, fieldError } from '@/components/ui/form-bits';
import { FormStateContext, KeptTextarea } from '@/components/ui/kept-fields';
import { RequestIdField } from '@/components/ui/request-id-field';

/** Appends a dated comment to a gap's trail (comments are never edited or removed). */
export function GapCommentForm({ orgSlug, gapId }: { orgSlug: string; gapId: string }) {
  const [state, action, pending] = useActionState<GapFormState, FormData>(addGapComment, null);
  const error = fieldError(state, 'text');
  return (
    <form action={action} className="stack">
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="gapId" value={gapId} />
      <RequestIdField after={state} />
      <FormStateContext value={state}>
        <div className="form-field">
          <label htmlFor="kommentar">Ny kommentar</label>
          <KeptTextarea
            id="kommentar"
            name="text"
            rows={3}
            defaultValue=""
            key={state?.ok ? state.data.id : 'kommentar'}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'kommentar-error' : undefined}
          />
          <FieldError id="kommentar-error" message={error} />
        </div>
      </FormStateContext>
      <FormStatus state={state} />
      <div>
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          Lägg till kommentar
        </button>
      </div>
    </form>
  );
}
