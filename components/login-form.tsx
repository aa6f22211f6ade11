'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';

export function LoginForm({
  ssoEnabled,
  ssoRefused,
  returnTo,
}: {
  ssoEnabled: boolean;
  ssoRefused: boolean;
  /** A path on this site, already checked by the page. */
  returnTo: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(
    ssoRefused ? 'Ditt konto finns inte i Kompetensplan. Kontakta administratören.' : null,
  );
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError('Fel e-postadress eller lösenord. Försök igen.');
      return;
    }
    router.replace(returnTo);
    router.refresh();
  }

  return (
    <>
      {error && (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      )}
      <form onSubmit={onSubmit} noValidate>
        <div className="form-field">
          <label htmlFor="email">E-post</label>
          <input id="email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="form-field">
          <label htmlFor="password">Lösenord</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Loggar in…' : 'Logga in'}
        </button>
      </form>
      {ssoEnabled && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => signIn('azure-ad', { callbackUrl: returnTo })}
          >
            Logga in med Stockholms stads konto
          </button>
        </p>
      )}
    </>
  );
}
