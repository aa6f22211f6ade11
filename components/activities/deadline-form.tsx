'use client';

import { useActionState } from 'react';
import { type DeadlineState, setFollowUpDeadline } from '@/app/(app)/[org]/aktiviteter/uppfoljning/actions';
import { RequestIdField } from '@/components/ui/request-id-field';

export function DeadlineForm({
  orgSlug,
  period,
  dueDate,
}: {
  orgSlug: string;
  period: { year: number; period: string; label: string };
  dueDate: string;
}) {
  const [state, action, pending] = useActionState<DeadlineState, FormData>(setFollowUpDeadline, null);
  const fieldError = state && !state.ok ? state.fieldErrors?.dueDate?.[0] : undefined;
  return (
    <form action={action} className="card">
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="year" value={period.year} />
      <input type="hidden" name="period" value={period.period} />
      <RequestIdField after={state} />
      <div className="form-field">
        <label htmlFor="deadline">Sista dag för uppföljning av {period.label.toLowerCase()}</label>
        <input
          id="deadline"
          name="dueDate"
          type="date"
          defaultValue={dueDate}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? 'deadline-error' : undefined}
        />
        {fieldError && (
          <p id="deadline-error" className="field-error">
            {fieldError}
          </p>
        )}
      </div>
      <div aria-live="polite">
        {state?.ok && <p className="alert alert--success">{state.data.message}</p>}
        {state && !state.ok && !fieldError && <p className="alert alert--error">{state.error}</p>}
      </div>
      <button type="submit" className="button button--secondary" aria-disabled={pending || undefined}>
        Spara sista dag
      </button>
    </form>
  );
}
