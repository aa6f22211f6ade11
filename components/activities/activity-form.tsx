'use client';

import { Link } from '@/components/ui/link';
import { useActionState } from 'react';
import { type ActivityFormState, createActivity, updateActivity } from '@/app/(app)/_actions/activities';
import { FieldError, FormStatus, fieldError } from '@/components/ui/form-bits';
import { FormStateContext, KeptInput, KeptSelect, KeptTextarea } from '@/components/ui/kept-fields';
import { RequestIdField } from '@/components/ui/request-id-field';
import { STATUS_LABELS, STORED_STATUSES, type StoredStatus } from '@/lib/activities/status';

type Option = { id: string; label: string };

export type ActivityFormValues = {
  goal: string;
  title: string;
  phaseId: string;
  strategyIds: string[];
  boardGoalId: string;
  departmentId: string;
  dueDate: string;
  ownerText: string;
  status: StoredStatus;
  indicator: string;
  indicatorTarget: string;
  indicatorOutcome: string;
};

/** HR's form for one activity: create (planId) or edit (activityId + version). */
export function ActivityForm({
  orgSlug,
  target,
  values,
  options,
}: {
  orgSlug: string;
  target: { planId: string } | { activityId: string; version: number };
  values: ActivityFormValues;
  options: { phases: Option[]; strategies: Option[]; departments: Option[]; boardGoals: Option[] };
}) {
  const editing = 'activityId' in target;
  const [state, action, pending] = useActionState<ActivityFormState, FormData>(
    editing ? updateActivity : createActivity,
    null,
  );
  const described = (name: string) =>
    fieldError(state, name) ? { 'aria-invalid': true, 'aria-describedby': `${name}-error` } : {};
  const message = (name: string) => <FieldError id={`${name}-error`} message={fieldError(state, name)} />;
  return (
    <form action={action} className="card stack activity-form">
      <input type="hidden" name="org" value={orgSlug} />
      {'planId' in target && <input type="hidden" name="planId" value={target.planId} />}
      {editing && (
        <>
          <input type="hidden" name="activityId" value={target.activityId} />
          <input type="hidden" name="version" value={target.version} />
        </>
      )}
      <RequestIdField after={state} />
      <FormStateContext value={state}>
        <div className="form-field">
          <label htmlFor="goal">Vad ska vi uppnå? (mål)</label>
          <KeptTextarea id="goal" name="goal" rows={2} defaultValue={values.goal} {...described('goal')} />
          {message('goal')}
        </div>
        <div className="form-field">
          <label htmlFor="title">Aktivitet</label>
          <KeptTextarea id="title" name="title" rows={2} defaultValue={values.title} {...described('title')} />
          {message('title')}
        </div>
        <div className="form-field">
          <label htmlFor="phaseId">UBARA-fas</label>
          <KeptSelect id="phaseId" name="phaseId" defaultValue={values.phaseId} {...described('phaseId')}>
            {options.phases.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </KeptSelect>
          {message('phaseId')}
        </div>
        <fieldset className="form-field" {...described('strategyIds')}>
          <legend>SKR-strategier</legend>
          {options.strategies.map((o) => (
            <label key={o.id} className="checkbox">
              <KeptInput
                type="checkbox"
                name="strategyIds"
                value={o.id}
                defaultChecked={values.strategyIds.includes(o.id)}
              />{' '}
              {o.label}
            </label>
          ))}
          {message('strategyIds')}
        </fieldset>
        <div className="form-field">
          <label htmlFor="departmentId">Avdelning</label>
          <KeptSelect
            id="departmentId"
            name="departmentId"
            defaultValue={values.departmentId}
            {...described('departmentId')}
          >
            <option value="">Hela förvaltningen</option>
            {options.departments.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </KeptSelect>
          {message('departmentId')}
        </div>
        <div className="form-field">
          <label htmlFor="boardGoalId">Nämndmål</label>
          <KeptSelect
            id="boardGoalId"
            name="boardGoalId"
            defaultValue={values.boardGoalId}
            {...described('boardGoalId')}
          >
            <option value="">Inget nämndmål</option>
            {options.boardGoals.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </KeptSelect>
          {message('boardGoalId')}
        </div>
        <div className="form-field">
          <label htmlFor="dueDate">Måldatum</label>
          <KeptInput id="dueDate" name="dueDate" type="date" defaultValue={values.dueDate} {...described('dueDate')} />
          {message('dueDate')}
        </div>
        <div className="form-field">
          <label htmlFor="ownerText">Ansvarig</label>
          <KeptInput
            id="ownerText"
            name="ownerText"
            defaultValue={values.ownerText}
            placeholder="T.ex. Respektive chef med stöd av HR"
            {...described('ownerText')}
          />
          {message('ownerText')}
        </div>
        <div className="form-field">
          <label htmlFor="status">Status</label>
          <KeptSelect id="status" name="status" defaultValue={values.status} {...described('status')}>
            {STORED_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </KeptSelect>
          <p className="muted">”Försenad” visas automatiskt när måldatumet har passerat.</p>
          {message('status')}
        </div>
        <fieldset className="form-field">
          <legend>Indikator (valfri)</legend>
          <label htmlFor="indicator">Indikator</label>
          <KeptInput id="indicator" name="indicator" defaultValue={values.indicator} {...described('indicator')} />
          {message('indicator')}
          <label htmlFor="indicatorTarget">Målvärde</label>
          <KeptInput id="indicatorTarget" name="indicatorTarget" defaultValue={values.indicatorTarget} />
          <label htmlFor="indicatorOutcome">Utfall</label>
          <KeptInput id="indicatorOutcome" name="indicatorOutcome" defaultValue={values.indicatorOutcome} />
        </fieldset>
      </FormStateContext>
      <FormStatus state={state}>
        {' '}
        <Link href={`/${orgSlug}/aktiviteter`}>Till aktiviteterna</Link>
      </FormStatus>
      <div>
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {editing ? 'Spara ändringarna' : 'Spara aktiviteten'}
        </button>
      </div>
    </form>
  );
}
