'use client';

import { Link } from '@/components/ui/link';
import { useActionState } from 'react';
import { type SetPasswordState, setPassword } from '@/app/(auth)/_actions/set-password';
import { PASSWORD_MIN_LENGTH } from '@/lib/admin/field-options';
import { FieldError, describedBy, fieldError } from '@/components/ui/form-bits';

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState<SetPasswordState, FormData>(setPassword, null);
  if (state?.ok) {
    return (
      <div className="stack">
        <p className="alert alert--success" role="status">
          Lösenordet är sparat. Logga in med {state.data.email} och ditt nya lösenord.
        </p>
        <p>
          <Link href="/logga-in" className="button">
            Till inloggningen
          </Link>
        </p>
      </div>
    );
  }
  const passwordError = fieldError(state, 'password');
  const confirmError = fieldError(state, 'confirm');
  return (
    <form action={action} method="post" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* For password managers; no name, so it is not submitted (the action accepts no unknown fields). */}
      <input type="text" autoComplete="username" value={email} readOnly hidden />
      <div className="form-field">
        <label htmlFor="new-password">Nytt lösenord</label>
        <p id="new-password-help" className="muted">
          Minst {PASSWORD_MIN_LENGTH} tecken. En mening eller flera ord är lättare att minnas än krångliga tecken.
        </p>
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={describedBy('new-password-help', passwordError && 'new-password-error')}
        />
        <FieldError id="new-password-error" message={passwordError} />
      </div>
      <div className="form-field">
        <label htmlFor="confirm-password">Upprepa lösenordet</label>
        <input
          id="confirm-password"
          name="confirm"
          type="password"
          autoComplete="new-password"
          aria-invalid={confirmError ? true : undefined}
          aria-describedby={describedBy(confirmError && 'confirm-password-error')}
        />
        <FieldError id="confirm-password-error" message={confirmError} />
      </div>
      <div aria-live="polite">
        {state && !state.ok && !passwordError && !confirmError && (
          <p className="alert alert--error" role="alert">
            {state.error}
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={pending}>
        Spara lösenord
      </button>
    </form>
  );
}
