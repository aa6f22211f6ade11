import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { SetPasswordForm } from '@/components/admin/set-password-form';
import { LINK_INVALID } from '@/lib/admin/set-password';
import { findUsableLink } from '@/lib/admin/password-links';
import { getDb } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Välj lösenord', referrer: 'no-referrer' };

/** Public: the one-time token in the address is the authorization (lib/admin/set-password.ts). */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await findUsableLink(await getDb(), token) : null;
  return (
    <main id="innehall" className="auth-page">
      <div className="card auth-card">
        <h1>Välj lösenord</h1>
        {link ? (
          <>
            <p className="lead">
              Hej {link.user.name}! Välj ett lösenord för {link.user.email}. Länken fungerar en gång.
            </p>
            <SetPasswordForm token={token} email={link.user.email} />
          </>
        ) : (
          <>
            <p className="alert alert--error">{LINK_INVALID}</p>
            <p>
              <Link href="/logga-in">Till inloggningen</Link>
            </p>
          </>
        )}
      </div>
    </main>
  );
}
