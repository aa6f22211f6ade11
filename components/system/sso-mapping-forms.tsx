'use client';

import { useActionState } from 'react';
import { type SsoMappingActionState, createSsoMapping, removeSsoMapping } from '@/app/(app)/_actions/sso-mappings';
import { FieldError, FormStatus, describedBy, fieldError } from '@/components/ui/form-bits';
import { FormStateContext, KeptInput, KeptSelect } from '@/components/ui/kept-fields';
import { DepartmentChoices, UnionField } from '@/components/admin/membership-fields';
import { RequestIdField } from '@/components/ui/request-id-field';
import { ROLES, ROLE_LABELS } from '@/lib/auth/permissions';

type Option = { id: string; name: string };

/** "Lägg till rollkoppling" for one organisation: a claim value → one role (+ departments or union). */
export function CreateSsoMappingForm({
  organization,
  departments,
  unions,
}: {
  organization: Option;
  departments: (Option & { depth: number })[];
  unions: Option[];
}) {
  const [state, action, pending] = useActionState<SsoMappingActionState, FormData>(createSsoMapping, null);
  const prefix = `rollkoppling-${organization.id}`;
  const claimError = fieldError(state, 'claimValue');
  const roleError = fieldError(state, 'role');
  const departmentsError = fieldError(state, 'departmentIds');
  const unionError = fieldError(state, 'unionId');
  return (
    <form action={action} className="stack" noValidate aria-label={`Ny rollkoppling i ${organization.name}`}>
      <FormStateContext value={state}>
        <RequestIdField after={state} />
        <input type="hidden" name="organizationId" value={organization.id} />
        <div className="form-field">
          <label htmlFor={`${prefix}-claim`}>Värde i rollanspråket</label>
          <p id={`${prefix}-claim-help`} className="muted">
            Appens roll i Entra ID, som den står i tokenets anspråk roles, t.ex. Kompetensplan.HR.
          </p>
          <KeptInput
            id={`${prefix}-claim`}
            name="claimValue"
            defaultValue=""
            aria-invalid={claimError ? true : undefined}
            aria-describedby={describedBy(`${prefix}-claim-help`, claimError && `${prefix}-claim-error`)}
          />
          <FieldError id={`${prefix}-claim-error`} message={claimError} />
        </div>
        <div className="form-field">
          <label htmlFor={`${prefix}-role`}>Roll</label>
          <KeptSelect
            id={`${prefix}-role`}
            name="role"
            defaultValue="HR"
            aria-invalid={roleError ? true : undefined}
            aria-describedby={describedBy(roleError && `${prefix}-role-error`)}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </KeptSelect>
          <FieldError id={`${prefix}-role-error`} message={roleError} />
        </div>
        <DepartmentChoices idPrefix={prefix} departments={departments} error={departmentsError} />
        <UnionField idPrefix={prefix} unions={unions} error={unionError} />
        <FormStatus state={state} />
        <div>
          <button type="submit" className="button" disabled={pending}>
            Lägg till rollkoppling
          </button>
        </div>
      </FormStateContext>
    </form>
  );
}

export function RemoveSsoMappingForm({ id, label }: { id: string; label: string }) {
  const [state, action, pending] = useActionState<SsoMappingActionState, FormData>(removeSsoMapping, null);
  return (
    <form action={action}>
      <RequestIdField after={state} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button button--secondary" disabled={pending} aria-label={`Ta bort ${label}`}>
        Ta bort
      </button>
      <FormStatus state={state} />
    </form>
  );
}
