'use client';

/**
 * Signs out with next-auth's own signOut (CSRF token, POST to /api/auth/signout), its client loaded only when the
 * button is pressed: shipped with every signed-in page it was about 9 kB gzip for one button (issue 20).
 */
async function signOut() {
  const { signOut } = await import('next-auth/react');
  await signOut({ callbackUrl: '/logga-in' });
}

export function SignOutButton() {
  return (
    <button type="button" className="button button--link" onClick={() => void signOut()}>
      Logga ut
    </button>
  );
}
