import type { Metadata } from 'next';
import { MeetingForm } from '@/components/review/meeting-form';
import { requirePermission } from '@/lib/auth/session';
import { listUnionOrganizations } from '@/lib/review/queries';

export const metadata: Metadata = { title: 'Nytt samverkansmöte' };

export default async function NewMeetingPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  await requirePermission(slug, 'manage:review');
  const unions = await listUnionOrganizations();
  return (
    <div className="stack">
      <h1>Nytt samverkansmöte</h1>
      <p className="lead">
        Mötet och punkten där planen tas upp. När mötet är skapat skickar du en planversion till det (”Skicka till
        samverkan”); de inbjudna förbundens ombud läser den frysta versionen.
      </p>
      <MeetingForm orgSlug={slug} unions={unions} />
    </div>
  );
}
