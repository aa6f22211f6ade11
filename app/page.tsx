import { redirect } from 'next/navigation';
import { requireViewer } from '@/lib/auth/session';

export default async function Home() {
  const viewer = await requireViewer();
  const first = viewer.organizations[0];
  if (!first) {
    if (viewer.isSystemAdmin) redirect('/system');
    return (
      <main id="innehall">
        <h1>Ingen förvaltning</h1>
        <p>Ditt konto är inte kopplat till någon förvaltning ännu. Kontakta administratören.</p>
      </main>
    );
  }
  redirect(`/${first.slug}`);
}
