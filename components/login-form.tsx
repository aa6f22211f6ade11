'use client';

import { signIn } from 'next-auth/react';
import { useActionState } from 'react';
import { type SignInState, signInWithPassword } from '@/app/(auth)/_actions/sign-in';

/**
 * Posts to a server action, so it works before hydration and without JavaScript: the browser then sends a POST
 * body, never a query string with the password in it.
 */
export function LoginForm({
  sso,
  localLogin,
  ssoRefused,
  ssoFailed,
  returnTo,
}: {
  /** SSO is configured: the button's text (SSO_LABEL). */
  sso: { label: string } | null;
  /** LOCAL_LOGIN: the password form is shown (and its action accepts). */
  localLogin: boolean;
  ssoRefused: boolean;
  /** The provider's answer could not be used (e.g. state or nonce did not match): try again. */
  ssoFailed: boolean;
  /** A path on this site, already checked by the page (and again by the action). */
  returnTo: string;
}) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInWithPassword, null);
  const error =
    state?.error ??
    (ssoRefused
      ? 'Ditt konto kan inte logga in i Kompetensplan. Kontakta administratören.'
      : ssoFailed
        ? 'Inloggningen med stadens konto gick inte att slutföra. Försök igen.'
        : null);

  return (
    <>
      {error && (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      )}
      {!localLogin && !sso && <p>Ingen inloggning är påslagen. Kontakta administratören.</p>}
      {localLogin && (
        <form action={formAction} noValidate>
          <input type="hidden" name="returnTo" value={returnTo} />
          <div className="form-field">
            <label htmlFor="email">E-post</label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              required
              defaultValue={state?.email ?? ''}
              key={state?.email ?? ''}
            />
          </div>
          <div className="form-field">
            <label htmlFor="password">Lösenord</label>
            <input id="password" name="password" type="password" autoComplete="current-password" required />
          </div>
          <button type="submit" className="button" disabled={pending}>
            {pending ? 'Loggar in…' : 'Logga in'}
          </button>
        </form>
      )}
      {sso && (
        <p>
          <button
            type="button"
            className={localLogin ? 'button button--secondary' : 'button'}
            onClick={() => signIn('azure-ad', { callbackUrl: returnTo })}
          >
            {sso.label}
          </button>
        </p>
      )}
    </>
  );
}
