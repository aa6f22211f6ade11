'use client';

import { useActionState } from 'react';
import { FieldError, FormStatus, describedBy, fieldError } from '@/components/ui/form-bits';
import { FormStateContext, KeptTextarea } from '@/components/ui/kept-fields';
import { RequestIdField } from '@/components/ui/request-id-field';
import { type DefinitionState, saveTurnoverDefinition } from '@/app/(app)/_actions/statistics-definitions';

export function TurnoverDefinitionForm({ orgSlug, definition }: { orgSlug: string; definition: string }) {
  const [state, action, pending] = useActionState<DefinitionState, FormData>(saveTurnoverDefinition, null);
  const error = fieldError(state, 'definition');
  return (
    <form action={action} className="card stack">
      <input type="hidden" name="org" value={orgSlug} />
      <RequestIdField after={state} />
      <FormStateContext value={state}>
        <div className="form-field">
          <label htmlFor="turnover-definition">Definition av personalomsättning</label>
          <p id="turnover-definition-help" className="muted">
            Definitionerna skiljer sig mellan förvaltningar. Skriv vad som räknas som avgång och vad det delas med;
            texten visas vid varje siffra om personalomsättning.
          </p>
          <KeptTextarea
            id="turnover-definition"
            name="definition"
            rows={3}
            defaultValue={definition}
            aria-describedby={describedBy('turnover-definition-help', error && 'turnover-definition-error')}
            aria-invalid={error ? true : undefined}
          />
          <FieldError id="turnover-definition-error" message={error} />
        </div>
      </FormStateContext>
      <FormStatus state={state} hideError={Boolean(error)} />
      <div>
        <button type="submit" className="button button--secondary" disabled={pending}>
          Spara definitionen
        </button>
      </div>
    </form>
  );
}
