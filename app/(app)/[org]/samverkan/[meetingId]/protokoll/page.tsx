import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { CopyButton } from '@/components/review/copy-button';
import { can } from '@/lib/auth/permissions';
import { forbiddenUnless } from '@/lib/auth/guards';
import { requireOrg } from '@/lib/auth/session';
import { protocolText } from '@/lib/review/protocol';
import { protocolOf } from '@/lib/review/protocol-data';
import { loadMeeting } from '@/lib/review/queries';
import { notFoundUnlessAddressable } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Protokollstext' };

export default async function ProtocolPage({ params }: { params: Promise<{ org: string; meetingId: string }> }) {
  const { org: slug, meetingId } = await params;
  notFoundUnlessAddressable({ meetingId });
  const context = await requireOrg(slug);
  const access = context.org.access;
  await forbiddenUnless(context, can(access, 'review:ask') || can(access, 'review:answer'), 'review');
  const meeting = await loadMeeting(access, context.viewer.id, meetingId);
  if (!meeting) notFound();
  const protocol = protocolOf(meeting);
  const base = `/${slug}/samverkan/${meeting.id}`;
  return (
    <div className="stack">
      <p>
        <Link href={base}>{meeting.name}</Link>
      </p>
      <h1>Protokollstext</h1>
      <p className="lead">
        Punkten som den skrivs i protokollet: de frågor och svar arbetsgivaren har valt till protokollet och förbundens
        protokollsanteckningar.
      </p>
      <CopyButton targetId="protokollstext" />
      <p>
        <a href={`${base}/protokoll/word`} download>
          Ladda ner som Word-dokument (.docx)
        </a>
      </p>
      <pre id="protokollstext" className="card protocol-text" tabIndex={0} aria-label="Protokollstext att kopiera">
        {protocolText(protocol)}
      </pre>
    </div>
  );
}
