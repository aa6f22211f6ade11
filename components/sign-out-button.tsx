'use client';

/**
 * Signs out through next-auth's own endpoints, exactly as next-auth/react's signOut does (fetch the CSRF token,
 * POST it to /api/auth/signout, go where the answer says), without shipping that client — about 9 kB gzip on every
 * signed-in page, for one button (issue 20).
 */
async function signOut(callbackUrl: string) {
  const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await fetch('/api/auth/signout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: 'true' }),
  });
  const { url } = (await response.json()) as { url?: string };
  window.location.href = url ?? callbackUrl;
}

export function SignOutButton() {
  return (
    <button type="button" className="button button--link" onClick={() => signOut('/logga-in')}>
      Logga ut
    </button>
  );
}
