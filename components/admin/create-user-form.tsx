'use client';

import { useActionState } from 'react';
import { type UserActionState, createUser } from '@/app/(app)/_actions/users';
import { FieldError, FormStatus, describedBy, fieldError } from '@/components/ui/form-bits';
import { FormStateContext, KeptInput } from '@/components/ui/kept-fields';
import { type DepartmentOption, MembershipFields, type UnionOption } from './membership-fields';
import { PasswordLink } from './password-link';

/**
 * "Ny användare". No password is typed here: a new user gets a one-time link to choose one. The form sends no
 * requestId, because a receipt would keep that link in the database; a double submission is refused by the
 * unique e-mail instead.
 */
export function CreateUserForm(props: {
  orgSlug: string;
  orgName: string;
  departments: DepartmentOption[];
  unions: UnionOption[];
}) {
  const [state, action, pending] = useActionState<UserActionState, FormData>(createUser, null);
  const nameError = fieldError(state, 'name');
  const emailError = fieldError(state, 'email');
  const link = state?.ok ? state.data.link : undefined;
  return (
    <form action={action} className="card stack" noValidate>
      <FormStateContext value={state}>
        <input type="hidden" name="org" value={props.orgSlug} />
        <div className="form-field">
          <label htmlFor="new-user-name">Namn</label>
          <KeptInput
            id="new-user-name"
            name="name"
            autoComplete="off"
            aria-invalid={nameError ? true : undefined}
            aria-describedby={describedBy(nameError && 'new-user-name-error')}
          />
          <FieldError id="new-user-name-error" message={nameError} />
        </div>
        <div className="form-field">
          <label htmlFor="new-user-email">E-post</label>
          <p id="new-user-email-help" className="muted">
            Samma adress som i stadens konto, så att hen kan logga in med det när inloggning med stadens konto är på.
          </p>
          <KeptInput
            id="new-user-email"
            name="email"
            type="email"
            autoComplete="off"
            aria-invalid={emailError ? true : undefined}
            aria-describedby={describedBy('new-user-email-help', emailError && 'new-user-email-error')}
          />
          <FieldError id="new-user-email-error" message={emailError} />
        </div>
        <MembershipFields
          idPrefix="new-user"
          orgName={props.orgName}
          state={state}
          departments={props.departments}
          unions={props.unions}
          defaults={{ roles: [], departmentIds: [], unionId: null }}
        />
        <FormStatus state={state} />
        {link && <PasswordLink path={link.path} expiresAt={link.expiresAt} />}
        <div>
          <button type="submit" className="button" disabled={pending}>
            Skapa användare
          </button>
        </div>
      </FormStateContext>
    </form>
  );
}
