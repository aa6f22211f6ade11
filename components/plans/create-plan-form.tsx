'use client';

import { useState } from 'react';
import { createPlan } from '@/app/(app)/_actions/plans';
import { ActionForm } from '@/components/plans/action-form';
import { KeptInput, KeptSelect } from '@/components/ui/kept-fields';

type Source = { id: string; title: string; status: string };

/** "Ny plan": start year, and either the city's template or a copy of an earlier plan. */
export function CreatePlanForm({
  orgSlug,
  suggestedYear,
  sources,
}: {
  orgSlug: string;
  suggestedYear: number;
  sources: Source[];
}) {
  const [mode, setMode] = useState<'template' | 'rollover'>(sources.length ? 'rollover' : 'template');
  return (
    <ActionForm
      action={createPlan}
      hidden={{ org: orgSlug }}
      submitLabel="Skapa plan"
      buttonClass="button"
      className="card stack"
    >
      <div className="form-field">
        <label htmlFor="startYear">Startår</label>
        <KeptInput
          id="startYear"
          name="startYear"
          type="number"
          min={2020}
          max={2100}
          defaultValue={suggestedYear}
          required
        />
        <p className="muted">Planen gäller tre år från startåret.</p>
      </div>
      <fieldset className="form-field">
        <legend>Utgå från</legend>
        <label>
          <KeptInput
            type="radio"
            name="mode"
            value="template"
            defaultChecked={mode === 'template'}
            onChange={() => setMode('template')}
          />{' '}
          Stadens mall (de fem frågorna, strategisk inriktning, ett avsnitt per avdelning, risker, uppföljning)
        </label>
        <label>
          <KeptInput
            type="radio"
            name="mode"
            value="rollover"
            defaultChecked={mode === 'rollover'}
            disabled={sources.length === 0}
            onChange={() => setMode('rollover')}
          />{' '}
          Föregående plan (avsnitten kopieras med sina ägare)
        </label>
      </fieldset>
      {mode === 'rollover' && (
        <div className="form-field">
          <label htmlFor="sourcePlanId">Plan att föra över</label>
          <KeptSelect id="sourcePlanId" name="sourcePlanId" defaultValue={sources[0]?.id}>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({s.status})
              </option>
            ))}
          </KeptSelect>
        </div>
      )}
    </ActionForm>
  );
}
