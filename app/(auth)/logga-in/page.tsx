import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/login-form';
import { safeReturnPath } from '@/lib/auth/return-path';
import { getViewer } from '@/lib/auth/session';
import { env, ssoConfigured } from '@/lib/env';

export const metadata: Metadata = { title: 'Logga in' };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; callbackUrl?: string }>;
}) {
  const { error, callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl, env().NEXTAUTH_URL);
  if (await getViewer()) redirect(returnTo);
  return (
    <main id="innehall" className="auth-page">
      <div className="card auth-card">
        <h1>Kompetensplan</h1>
        <p className="lead">Logga in för att arbeta med förvaltningens kompetensförsörjningsplan.</p>
        <LoginForm
          sso={ssoConfigured() ? { label: env().SSO_LABEL } : null}
          localLogin={env().LOCAL_LOGIN}
          ssoRefused={error === 'AccessDenied'}
          ssoFailed={Boolean(error) && error !== 'AccessDenied'}
          returnTo={returnTo}
        />
      </div>
    </main>
  );
}
