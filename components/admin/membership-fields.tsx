import { ROLES, ROLE_LABELS, type RoleName } from '@/lib/auth/permissions';
import { FieldError, type FormState, describedBy, fieldError } from '@/components/ui/form-bits';
import { KeptInput, KeptSelect } from '@/components/ui/kept-fields';

export type DepartmentOption = { id: string; name: string; depth: number; closed?: boolean };
export type UnionOption = { id: string; name: string };

/** Roles in one organisation, a manager's departments and a union rep's union (create and edit forms). */
export function MembershipFields({
  idPrefix,
  orgName,
  state,
  departments,
  unions,
  defaults,
}: {
  idPrefix: string;
  orgName: string;
  state: FormState;
  departments: DepartmentOption[];
  unions: UnionOption[];
  defaults: { roles: readonly RoleName[]; departmentIds: readonly string[]; unionId: string | null };
}) {
  const rolesError = fieldError(state, 'roles');
  const departmentsError = fieldError(state, 'departmentIds');
  const unionError = fieldError(state, 'unionId');
  return (
    <>
      <fieldset aria-describedby={describedBy(rolesError && `${idPrefix}-roles-error`)}>
        <legend>Roller i {orgName}</legend>
        <FieldError id={`${idPrefix}-roles-error`} message={rolesError} />
        {ROLES.map((role) => (
          <div key={role} className="checkbox-row">
            <KeptInput
              type="checkbox"
              id={`${idPrefix}-role-${role}`}
              name="roles"
              value={role}
              defaultChecked={defaults.roles.includes(role)}
            />
            <label htmlFor={`${idPrefix}-role-${role}`}>{ROLE_LABELS[role]}</label>
          </div>
        ))}
      </fieldset>
      <DepartmentChoices
        idPrefix={idPrefix}
        departments={departments}
        checked={defaults.departmentIds}
        error={departmentsError}
        help="En chef ser statistik och aktiviteter bara för de avdelningar som väljs här. Stängda avdelningar kan inte väljas."
      />
      <UnionField idPrefix={idPrefix} unions={unions} defaultValue={defaults.unionId ?? ''} error={unionError} />
    </>
  );
}

/** A manager's departments, as checkboxes indented by depth (membership forms and Rollkoppling). */
export function DepartmentChoices({
  idPrefix,
  departments,
  checked = [],
  error,
  help,
}: {
  idPrefix: string;
  departments: DepartmentOption[];
  checked?: readonly string[];
  error: string | undefined;
  help?: string;
}) {
  return (
    <fieldset
      aria-describedby={describedBy(help && `${idPrefix}-departments-help`, error && `${idPrefix}-departments-error`)}
    >
      <legend>Avdelningar (för rollen Chef)</legend>
      {help && (
        <p id={`${idPrefix}-departments-help`} className="muted">
          {help}
        </p>
      )}
      <FieldError id={`${idPrefix}-departments-error`} message={error} />
      {departments.map((d) => (
        <div key={d.id} className="checkbox-row" style={{ paddingInlineStart: `${d.depth * 1.5}rem` }}>
          <KeptInput
            type="checkbox"
            id={`${idPrefix}-department-${d.id}`}
            name="departmentIds"
            value={d.id}
            defaultChecked={checked.includes(d.id)}
          />
          <label htmlFor={`${idPrefix}-department-${d.id}`}>
            {d.name}
            {d.closed && <strong> (stängd – välj en öppen avdelning i stället)</strong>}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** A union representative's union (membership forms and Rollkoppling). */
export function UnionField({
  idPrefix,
  unions,
  defaultValue = '',
  error,
}: {
  idPrefix: string;
  unions: UnionOption[];
  defaultValue?: string;
  error: string | undefined;
}) {
  return (
    <div className="form-field">
      <label htmlFor={`${idPrefix}-union`}>Fackförbund (för rollen Fackligt ombud)</label>
      <KeptSelect
        id={`${idPrefix}-union`}
        name="unionId"
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && `${idPrefix}-union-error`)}
      >
        <option value="">Inget fackförbund</option>
        {unions.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </KeptSelect>
      <FieldError id={`${idPrefix}-union-error`} message={error} />
    </div>
  );
}
