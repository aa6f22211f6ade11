'use client';

import { useActionState } from 'react';
import { type GapFormState, createGap, updateGap } from '@/app/(app)/_actions/competence-gaps';
import { FieldError, FormStatus, fieldError } from '@/components/ui/form-bits';
import { FormStateContext, KeptInput, KeptSelect, KeptTextarea } from '@/components/ui/kept-fields';
import { RequestIdField } from '@/components/ui/request-id-field';
import {
  GAP_PRIORITIES,
  GAP_PRIORITY_LABELS,
  GAP_STATUS_LABELS,
  type GapPriority,
  REGISTER_STATUSES,
  type RegisterStatus,
} from '@/lib/gaps/labels';
import { CheckboxList } from './checkbox-list';

type Option = { id: string; label: string };

export type GapFormValues = {
  area: string;
  description: string;
  priority: GapPriority;
  status: RegisterStatus;
  departmentIds: string[];
  occupationIds: string[];
  activityIds: string[];
};

export const EMPTY_GAP: GapFormValues = {
  area: '',
  description: '',
  priority: 'MEDIUM',
  status: 'OPEN',
  departmentIds: [],
  occupationIds: [],
  activityIds: [],
};

/** HR's form for one competence gap: create (planId) or edit (gapId + version). */
export function GapForm({
  orgSlug,
  target,
  values,
  options,
}: {
  orgSlug: string;
  target: { planId: string } | { gapId: string; version: number };
  values: GapFormValues;
  options: { departments: Option[]; occupations: Option[]; activities: Option[]; areas: string[] };
}) {
  const editing = 'gapId' in target;
  const [state, action, pending] = useActionState<GapFormState, FormData>(editing ? updateGap : createGap, null);
  const prefix = editing ? 'andra' : 'nytt';
  const fieldId = (name: string) => `${prefix}-${name}`;
  const described = (name: string) =>
    fieldError(state, name) ? { 'aria-invalid': true, 'aria-describedby': `${fieldId(name)}-error` } : {};
  const message = (name: string) => <FieldError id={`${fieldId(name)}-error`} message={fieldError(state, name)} />;
  return (
    <form action={action} className="stack">
      <input type="hidden" name="org" value={orgSlug} />
      {'planId' in target && <input type="hidden" name="planId" value={target.planId} />}
      {editing && (
        <>
          <input type="hidden" name="gapId" value={target.gapId} />
          <input type="hidden" name="version" value={target.version} />
        </>
      )}
      <RequestIdField after={state} />
      <FormStateContext value={state}>
        <div className="form-field">
          <label htmlFor={fieldId('area')}>Område</label>
          <KeptInput
            id={fieldId('area')}
            name="area"
            list={fieldId('areas')}
            defaultValue={values.area}
            {...described('area')}
          />
          <datalist id={fieldId('areas')}>
            {options.areas.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
          {message('area')}
        </div>
        <div className="form-field">
          <label htmlFor={fieldId('description')}>Kompetensgap</label>
          <KeptTextarea
            id={fieldId('description')}
            name="description"
            rows={2}
            defaultValue={values.description}
            {...described('description')}
          />
          {message('description')}
        </div>
        <div className="form-field">
          <label htmlFor={fieldId('priority')}>Prioritet</label>
          <KeptSelect id={fieldId('priority')} name="priority" defaultValue={values.priority}>
            {GAP_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {GAP_PRIORITY_LABELS[p]}
              </option>
            ))}
          </KeptSelect>
          {message('priority')}
        </div>
        <div className="form-field">
          <label htmlFor={fieldId('status')}>Status</label>
          <KeptSelect id={fieldId('status')} name="status" defaultValue={values.status}>
            {REGISTER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {GAP_STATUS_LABELS[s]}
              </option>
            ))}
          </KeptSelect>
          {message('status')}
        </div>
        <CheckboxList
          legend="Avdelningar som berörs"
          name="departmentIds"
          hint="Ingen vald: hela förvaltningen."
          options={options.departments}
          checked={values.departmentIds}
          error={fieldError(state, 'departmentIds')}
          empty="Förvaltningen har inga avdelningar."
        />
        <CheckboxList
          legend="Befattningar som berörs"
          name="occupationIds"
          options={options.occupations}
          checked={values.occupationIds}
          error={fieldError(state, 'occupationIds')}
          empty="Inga befattningar finns ännu (de kommer med statistiken)."
        />
        <CheckboxList
          legend="Aktiviteter som sluter gapet"
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
          {editing ? 'Spara ändringarna' : 'Spara kompetensgapet'}
        </button>
      </div>
    </form>
  );
}
