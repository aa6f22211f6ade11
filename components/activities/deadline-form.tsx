'use client';

import { useActionState } from 'react';
import { type DeadlineState, setFollowUpDeadline } from '@/app/(app)/_actions/follow-up-deadline';
import { FieldError, FormStatus, describedBy, fieldError } from '@/components/ui/form-bits';
import { FormStateContext, KeptInput } from '@/components/ui/kept-fields';
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
  const error = fieldError(state, 'dueDate');
  return (
    <form action={action} className="card">
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="year" value={period.year} />
      <input type="hidden" name="period" value={period.period} />
      <RequestIdField after={state} />
      <FormStateContext value={state}>
        <div className="form-field">
          <label htmlFor="deadline">Sista dag för uppföljning av {period.label.toLowerCase()}</label>
          <KeptInput
            id="deadline"
            name="dueDate"
            type="date"
            defaultValue={dueDate}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(error && 'deadline-error')}
          />
          <FieldError id="deadline-error" message={error} />
        </div>
      </FormStateContext>
      <FormStatus state={state} hideError={Boolean(error)} />
      <button type="submit" className="button button--secondary" aria-disabled={pending || undefined}>
        Spara sista dag
      </button>
    </form>
  );
}
