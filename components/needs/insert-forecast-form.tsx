'use client';

import { Link } from '@/components/ui/link';
import { useActionState } from 'react';
import { FieldError, FormStatus, describedBy, fieldError } from '@/components/ui/form-bits';
import { RequestIdField } from '@/components/ui/request-id-field';
import { type InsertState, insertForecast } from '@/app/(app)/_actions/needs';

/** "Infoga i planen": the baseline or a saved scenario, as a live table at the end of a section. */
export function InsertForecastForm({
  orgSlug,
  year,
  sections,
  scenarios,
  chosenScenarioId,
  retirementFields,
}: {
  orgSlug: string;
  year: number;
  sections: { id: string; title: string }[];
  scenarios: { id: string; name: string }[];
  chosenScenarioId: string | null;
  retirementFields: Record<string, string>;
}) {
  const [state, action, pending] = useActionState<InsertState, FormData>(insertForecast, null);
  const sectionError = fieldError(state, 'sectionId');
  return (
    <section className="card stack" aria-labelledby="infoga">
      <h2 id="infoga">Infoga i planen</h2>
      <p className="muted" id="infoga-help">
        Prognosen läggs sist i avsnittet som en tabell med levande siffror: de följer statistiken tills planen fryses
        inför samverkan eller fastställs, och visas sedan som de var.
      </p>
      <form action={action} className="inline-form" aria-label="Infoga i planen">
        <input type="hidden" name="org" value={orgSlug} />
        <input type="hidden" name="year" value={year} />
        {Object.entries(retirementFields).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <RequestIdField after={state} />
        <div className="form-field">
          <label htmlFor="insert-scenario">Prognos</label>
          <select id="insert-scenario" name="scenarioId" defaultValue={chosenScenarioId ?? ''}>
            <option value="">Grundprognos</option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                Scenario: {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="insert-section">Avsnitt</label>
          <select
            id="insert-section"
            name="sectionId"
            defaultValue=""
            aria-describedby={describedBy('infoga-help', sectionError && 'insert-section-error')}
            aria-invalid={sectionError ? true : undefined}
          >
            <option value="">Välj avsnitt</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
          <FieldError id="insert-section-error" message={sectionError} />
        </div>
        <div>
          <button type="submit" className="button" disabled={pending}>
            Infoga i planen
          </button>
        </div>
      </form>
      <FormStatus state={state} hideError={Boolean(sectionError)}>
        {state?.ok && (
          <>
            {' '}
            <Link href={`/${orgSlug}/plan/${year}`}>Visa i planen</Link>
          </>
        )}
      </FormStatus>
    </section>
  );
}
