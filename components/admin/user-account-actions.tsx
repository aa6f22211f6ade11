'use client';

import { useActionState } from 'react';
import { type UserActionState, createPasswordLink, endUserSessions, setUserActive } from '@/app/(app)/_actions/users';
import { RequestIdField } from '@/components/ui/request-id-field';
import { FormStatus } from '@/components/ui/form-bits';
import { PasswordLink } from './password-link';

type Props = { orgSlug: string; userId: string; userName: string; isActive: boolean; openSessions: number };

/** Deactivate or reactivate, end sessions, a new password link: each its own small form and result. */
export function UserAccountActions(props: Props) {
  return (
    <div className="stack">
      <ActiveForm {...props} />
      <SessionsForm {...props} />
      <LinkForm {...props} />
    </div>
  );
}

function ActiveForm({ orgSlug, userId, userName, isActive }: Props) {
  const [state, action, pending] = useActionState<UserActionState, FormData>(setUserActive, null);
  return (
    <form action={action} className="card">
      <h3>{isActive ? 'Inaktivera kontot' : 'Aktivera kontot'}</h3>
      <p id="active-help" className="muted">
        {isActive
          ? `${userName} loggas ut vid nästa sidvisning och kan inte logga in igen förrän kontot aktiveras. Roller och historik finns kvar.`
          : `${userName} kan logga in igen med sina roller.`}
      </p>
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={isActive ? 'false' : 'true'} />
      <RequestIdField after={state} />
      <FormStatus state={state} />
      <button
        type="submit"
        className={isActive ? 'button button--danger' : 'button'}
        disabled={pending}
        aria-describedby="active-help"
      >
        {isActive ? 'Inaktivera' : 'Aktivera'}
      </button>
    </form>
  );
}

function SessionsForm({ orgSlug, userId, openSessions }: Props) {
  const [state, action, pending] = useActionState<UserActionState, FormData>(endUserSessions, null);
  return (
    <form action={action} className="card">
      <h3>Inloggningar</h3>
      <p id="sessions-help" className="muted">
        {openSessions === 0
          ? 'Inga öppna inloggningar just nu.'
          : `${openSessions} öppen${openSessions === 1 ? '' : 'na'} inloggning${openSessions === 1 ? '' : 'ar'}. Avsluta dem om en dator har tappats bort eller kontot kan ha använts av någon annan.`}
      </p>
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="userId" value={userId} />
      <RequestIdField after={state} />
      <FormStatus state={state} />
      <button type="submit" className="button button--secondary" disabled={pending} aria-describedby="sessions-help">
        Logga ut överallt
      </button>
    </form>
  );
}

/** No requestId: a receipt would keep the link in the database (see CreateUserForm). */
function LinkForm({ orgSlug, userId, isActive }: Props) {
  const [state, action, pending] = useActionState<UserActionState, FormData>(createPasswordLink, null);
  const link = state?.ok ? state.data.link : undefined;
  return (
    <form action={action} className="card">
      <h3>Lösenord</h3>
      <p id="link-help" className="muted">
        En ny engångslänk där användaren själv väljer lösenord. Tidigare länkar slutar gälla; nuvarande lösenord gäller
        tills det byts.
      </p>
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="userId" value={userId} />
      <FormStatus state={state} />
      {link && <PasswordLink path={link.path} expiresAt={link.expiresAt} />}
      <button
        type="submit"
        className="button button--secondary"
        disabled={pending || !isActive}
        aria-describedby="link-help"
      >
        Skapa lösenordslänk
      </button>
    </form>
  );
}
