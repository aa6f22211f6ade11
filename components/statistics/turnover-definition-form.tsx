'use client';

import { useActionState } from 'react';
import { RequestIdField } from '@/components/ui/request-id-field';
import { type DefinitionState, saveTurnoverDefinition } from '@/app/(app)/[org]/statistik/definitioner/actions';

export function TurnoverDefinitionForm({ orgSlug, definition }: { orgSlug: string; definition: string }) {
  const [state, action, pending] = useActionState<DefinitionState, FormData>(saveTurnoverDefinition, null);
  const fieldError = state && !state.ok ? state.fieldErrors?.definition?.[0] : undefined;
  return (
    <form action={action} className="card stack">
      <input type="hidden" name="org" value={orgSlug} />
      <RequestIdField after={state} />
      <div className="form-field">
        <label htmlFor="turnover-definition">Definition av personalomsättning</label>
        <p id="turnover-definition-help" className="muted">
          Definitionerna skiljer sig mellan förvaltningar. Skriv vad som räknas som avgång och vad det delas med; texten
          visas vid varje siffra om personalomsättning.
        </p>
        <textarea
          id="turnover-definition"
          name="definition"
          rows={3}
          defaultValue={definition}
          aria-describedby={`turnover-definition-help${fieldError ? ' turnover-definition-error' : ''}`}
          aria-invalid={fieldError ? true : undefined}
        />
        {fieldError && (
          <p id="turnover-definition-error" className="field-error">
            {fieldError}
          </p>
        )}
      </div>
      <div aria-live="polite">
        {state?.ok && <p className="alert alert--success">{state.data.message}</p>}
        {state && !state.ok && !fieldError && <p className="alert alert--error">{state.error}</p>}
      </div>
      <div>
        <button type="submit" className="button button--secondary" disabled={pending}>
          Spara definitionen
        </button>
      </div>
    </form>
  );
}
