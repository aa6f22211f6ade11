import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/login-form';
import { getViewer } from '@/lib/auth/session';
import { ssoConfigured } from '@/lib/env';

export const metadata: Metadata = { title: 'Logga in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  if (await getViewer()) redirect('/');
  const { error } = await searchParams;
  return (
    <main id="innehall" className="auth-page">
      <div className="card auth-card">
        <h1>Kompetensplan</h1>
        <p className="lead">Logga in för att arbeta med förvaltningens kompetensförsörjningsplan.</p>
        <LoginForm ssoEnabled={ssoConfigured()} ssoRefused={error === 'AccessDenied'} />
      </div>
    </main>
  );
}
