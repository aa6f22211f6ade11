'use client';

import { useActionState } from 'react';
import {
  type DepartmentActionState,
  closeDepartment,
  createDepartment,
  reopenDepartment,
  updateDepartment,
} from '@/app/(app)/_actions/departments';
import { RequestIdField } from '@/components/ui/request-id-field';
import { FormStateContext, KeptInput, KeptSelect } from '@/components/ui/kept-fields';
import { DEPARTMENT_KINDS, DEPARTMENT_KIND_LABELS } from '@/lib/admin/field-options';
import { FieldError, FormStatus, describedBy, fieldError } from '@/components/ui/form-bits';

export type ParentOption = { id: string; name: string; depth: number };

function ParentSelect({
  id,
  state,
  options,
  defaultValue,
}: {
  id: string;
  state: DepartmentActionState;
  options: ParentOption[];
  defaultValue: string;
}) {
  const error = fieldError(state, 'parentId');
  return (
    <div className="form-field">
      <label htmlFor={id}>Ligger under</label>
      <KeptSelect
        id={id}
        name="parentId"
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && `${id}-error`)}
      >
        <option value="">Direkt under förvaltningen</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {'\u00a0\u00a0'.repeat(o.depth)}
            {o.name}
          </option>
        ))}
      </KeptSelect>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function NameField({ id, state, defaultValue }: { id: string; state: DepartmentActionState; defaultValue: string }) {
  const error = fieldError(state, 'name');
  return (
    <div className="form-field">
      <label htmlFor={id}>Namn</label>
      <KeptInput
        id={id}
        name="name"
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && `${id}-error`)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function CreateDepartmentForm({ orgSlug, parents }: { orgSlug: string; parents: ParentOption[] }) {
  const [state, action, pending] = useActionState<DepartmentActionState, FormData>(createDepartment, null);
  return (
    <form action={action} className="card" noValidate>
      <FormStateContext value={state}>
        <input type="hidden" name="org" value={orgSlug} />
        <RequestIdField after={state} />
        <div className="filters">
          <NameField id="new-department-name" state={state} defaultValue="" />
          <div className="form-field">
            <label htmlFor="new-department-kind">Typ</label>
            <KeptSelect id="new-department-kind" name="kind" defaultValue="DEPARTMENT">
              {DEPARTMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {DEPARTMENT_KIND_LABELS[k]}
                </option>
              ))}
            </KeptSelect>
          </div>
          <ParentSelect id="new-department-parent" state={state} options={parents} defaultValue="" />
        </div>
        <FormStatus state={state} />
        <button type="submit" className="button" disabled={pending}>
          Lägg till avdelning
        </button>
      </FormStateContext>
    </form>
  );
}

/** Rename and move (one form), and close or reopen, for one department. */
export function DepartmentActions({
  orgSlug,
  department,
  parents,
}: {
  orgSlug: string;
  department: { id: string; name: string; parentId: string | null; closed: boolean };
  parents: ParentOption[];
}) {
  const [state, action, pending] = useActionState<DepartmentActionState, FormData>(updateDepartment, null);
  const [closeState, closeAction, closing] = useActionState<DepartmentActionState, FormData>(
    department.closed ? reopenDepartment : closeDepartment,
    null,
  );
  const prefix = `department-${department.id}`;
  const warning = closeState?.ok ? closeState.data.warning : undefined;
  return (
    <div className="stack">
      <details className="disclosure-inline">
        <summary>
          Ändra<span className="visually-hidden"> {department.name}</span>
        </summary>
        <form action={action} noValidate>
          <FormStateContext value={state}>
            <input type="hidden" name="org" value={orgSlug} />
            <input type="hidden" name="departmentId" value={department.id} />
            <RequestIdField after={state} />
            <NameField id={`${prefix}-name`} state={state} defaultValue={department.name} />
            <ParentSelect
              id={`${prefix}-parent`}
              state={state}
              options={parents.filter((p) => p.id !== department.id)}
              defaultValue={department.parentId ?? ''}
            />
            <FormStatus state={state} />
            <button type="submit" className="button button--secondary" disabled={pending}>
              Spara<span className="visually-hidden"> {department.name}</span>
            </button>
          </FormStateContext>
        </form>
      </details>
      <form action={closeAction}>
        <input type="hidden" name="org" value={orgSlug} />
        <input type="hidden" name="departmentId" value={department.id} />
        <RequestIdField after={closeState} />
        <FormStatus state={closeState} />
        {warning && <p className="alert alert--warning">{warning}</p>}
        <button type="submit" className="button button--secondary" disabled={closing}>
          {department.closed ? 'Öppna igen' : 'Stäng'}
          <span className="visually-hidden"> {department.name}</span>
        </button>
      </form>
    </div>
  );
}
