'use client';

import { useActionState } from 'react';
import { FieldError, FormStatus, describedBy, fieldError } from '@/components/ui/form-bits';
import { RequestIdField } from '@/components/ui/request-id-field';
import { type ScenarioState, saveScenario } from '@/app/(app)/_actions/needs';

/** "Spara scenario": the levers shown, under a name, for this plan (HR). */
export function SaveScenarioForm({
  orgSlug,
  year,
  leverFields,
  name,
  scenarioId,
  version,
}: {
  orgSlug: string;
  year: number;
  leverFields: Record<string, string | undefined>;
  name: string;
  scenarioId: string | null;
  version: number | null;
}) {
  const [state, action, pending] = useActionState<ScenarioState, FormData>(saveScenario, null);
  const error = fieldError(state, 'name');
  const leverError =
    state && !state.ok && state.fieldErrors
      ? Object.entries(state.fieldErrors)
          .filter(([k]) => k !== 'name')
          .map(([, v]) => v[0])
          .join(' ')
      : '';
  return (
    <form action={action} className="inline-form" aria-label="Spara scenario">
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="year" value={year} />
      {scenarioId && <input type="hidden" name="scenarioId" value={scenarioId} />}
      {version !== null && <input type="hidden" name="version" value={version} />}
      {Object.entries(leverFields)
        .filter(([, v]) => v)
        .map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
      <RequestIdField after={state} />
      <div className="form-field">
        <label htmlFor="scenario-name">Scenariots namn</label>
        <input
          id="scenario-name"
          name="name"
          defaultValue={name}
          maxLength={80}
          aria-describedby={describedBy(error && 'scenario-name-error')}
          aria-invalid={error ? true : undefined}
        />
        <FieldError id="scenario-name-error" message={error} />
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          Spara scenario
        </button>
      </div>
      <FormStatus state={state} />
      {leverError && <p className="field-error">{leverError}</p>}
    </form>
  );
}
