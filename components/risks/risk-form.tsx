'use client';

import { useActionState } from 'react';
import { type RiskFormState, createRisk, updateRisk } from '@/app/(app)/_actions/risks';
import { CheckboxList } from '@/components/gaps/checkbox-list';
import { FieldError, FormStatus, fieldError } from '@/components/ui/form-bits';
import { FormStateContext, KeptInput, KeptSelect, KeptTextarea } from '@/components/ui/kept-fields';
import { RequestIdField } from '@/components/ui/request-id-field';
import { RISK_STATUS_LABELS, REGISTER_STATUSES, type RegisterStatus } from '@/lib/gaps/labels';
import { CONSEQUENCE_LABELS, LIKELIHOOD_LABELS, SCALE } from '@/lib/risks/scoring';

type Option = { id: string; label: string };

export type RiskFormValues = {
  title: string;
  description: string;
  likelihood: number;
  consequence: number;
  ownerText: string;
  mitigation: string;
  status: RegisterStatus;
  gapIds: string[];
  activityIds: string[];
};

export const EMPTY_RISK: RiskFormValues = {
  title: '',
  description: '',
  likelihood: 2,
  consequence: 2,
  ownerText: '',
  mitigation: '',
  status: 'OPEN',
  gapIds: [],
  activityIds: [],
};

/** HR's form for one risk: create (planId) or edit (riskId + version). */
export function RiskForm({
  orgSlug,
  target,
  values,
  options,
}: {
  orgSlug: string;
  target: { planId: string } | { riskId: string; version: number };
  values: RiskFormValues;
  options: { gaps: Option[]; activities: Option[] };
}) {
  const editing = 'riskId' in target;
  const [state, action, pending] = useActionState<RiskFormState, FormData>(editing ? updateRisk : createRisk, null);
  const prefix = editing ? 'andra' : 'ny';
  const fieldId = (name: string) => `${prefix}-${name}`;
  const described = (name: string) =>
    fieldError(state, name) ? { 'aria-invalid': true, 'aria-describedby': `${fieldId(name)}-error` } : {};
  const message = (name: string) => <FieldError id={`${fieldId(name)}-error`} message={fieldError(state, name)} />;
  const scale = (name: 'likelihood' | 'consequence', label: string, labels: Record<number, string>) => (
    <div className="form-field">
      <label htmlFor={fieldId(name)}>{label}</label>
      <KeptSelect id={fieldId(name)} name={name} defaultValue={String(values[name])} {...described(name)}>
        {SCALE.map((step) => (
          <option key={step} value={step}>
            {step} – {labels[step]}
          </option>
        ))}
      </KeptSelect>
      {message(name)}
    </div>
  );
  return (
    <form action={action} className="stack">
      <input type="hidden" name="org" value={orgSlug} />
      {'planId' in target && <input type="hidden" name="planId" value={target.planId} />}
      {editing && (
        <>
          <input type="hidden" name="riskId" value={target.riskId} />
          <input type="hidden" name="version" value={target.version} />
        </>
      )}
      <RequestIdField after={state} />
      <FormStateContext value={state}>
        <div className="form-field">
          <label htmlFor={fieldId('title')}>Risk</label>
          <KeptInput id={fieldId('title')} name="title" defaultValue={values.title} {...described('title')} />
          {message('title')}
        </div>
        <div className="form-field">
          <label htmlFor={fieldId('description')}>Beskrivning</label>
          <KeptTextarea
            id={fieldId('description')}
            name="description"
            rows={3}
            defaultValue={values.description}
            {...described('description')}
          />
          {message('description')}
        </div>
        {scale('likelihood', 'Sannolikhet (1–4)', LIKELIHOOD_LABELS)}
        {scale('consequence', 'Konsekvens (1–4)', CONSEQUENCE_LABELS)}
        <div className="form-field">
          <label htmlFor={fieldId('ownerText')}>Ägare</label>
          <KeptInput
            id={fieldId('ownerText')}
            name="ownerText"
            defaultValue={values.ownerText}
            placeholder="T.ex. HR-chef"
            {...described('ownerText')}
          />
          {message('ownerText')}
        </div>
        <div className="form-field">
          <label htmlFor={fieldId('mitigation')}>Åtgärder</label>
          <KeptTextarea
            id={fieldId('mitigation')}
            name="mitigation"
            rows={2}
            defaultValue={values.mitigation}
            {...described('mitigation')}
          />
          {message('mitigation')}
        </div>
        <div className="form-field">
          <label htmlFor={fieldId('status')}>Status</label>
          <KeptSelect id={fieldId('status')} name="status" defaultValue={values.status}>
            {REGISTER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {RISK_STATUS_LABELS[s]}
              </option>
            ))}
          </KeptSelect>
          {message('status')}
        </div>
        <CheckboxList
          legend="Kompetensgap som risken gäller"
          name="gapIds"
          options={options.gaps}
          checked={values.gapIds}
          error={fieldError(state, 'gapIds')}
          empty="Planen har inga kompetensgap ännu."
        />
        <CheckboxList
          legend="Aktiviteter som minskar risken"
          name="activityIds"
          options={options.activities}
          checked={values.activityIds}
          error={fieldError(state, 'activityIds')}
          empty="Planen har inga aktiviteter ännu."
        />
      </FormStateContext>
      <FormStatus state={state} />
      <div>
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {editing ? 'Spara ändringarna' : 'Spara risken'}
        </button>
      </div>
    </form>
  );
}
