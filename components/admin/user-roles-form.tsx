'use client';

import { useActionState } from 'react';
import { type UserActionState, saveMemberships } from '@/app/(app)/_actions/users';
import { RequestIdField } from '@/components/ui/request-id-field';
import type { RoleName } from '@/lib/auth/permissions';
import { FormStatus } from '@/components/ui/form-bits';
import { FormStateContext } from '@/components/ui/kept-fields';
import { type DepartmentOption, MembershipFields, type UnionOption } from './membership-fields';

export function UserRolesForm(props: {
  orgSlug: string;
  orgName: string;
  userId: string;
  departments: DepartmentOption[];
  unions: UnionOption[];
  defaults: { roles: readonly RoleName[]; departmentIds: readonly string[]; unionId: string | null };
}) {
  const [state, action, pending] = useActionState<UserActionState, FormData>(saveMemberships, null);
  return (
    <form action={action} className="card stack" noValidate>
      <FormStateContext value={state}>
        <input type="hidden" name="org" value={props.orgSlug} />
        <input type="hidden" name="userId" value={props.userId} />
        <RequestIdField after={state} />
        <MembershipFields
          idPrefix="roles"
          orgName={props.orgName}
          state={state}
          departments={props.departments}
          unions={props.unions}
          defaults={props.defaults}
        />
        <FormStatus state={state} />
        <div>
          <button type="submit" className="button" disabled={pending}>
            Spara roller
          </button>
        </div>
      </FormStateContext>
    </form>
  );
}
