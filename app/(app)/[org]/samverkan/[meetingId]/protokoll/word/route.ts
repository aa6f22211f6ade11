import { MESSAGES, authorizeRequest, logDenied } from '@/lib/auth/guard';
import { getDb } from '@/lib/db/client';
import { protocolDocx } from '@/lib/review/protocol-docx';
import { protocolOf } from '@/lib/review/protocol-data';
import { loadMeeting } from '@/lib/review/queries';
import { isRecordId } from '@/lib/route-params';

/**
 * The protocol as .docx: member of the organisation, then the meeting must be one the caller sees (HR: any of the
 * organisation's; a rep: their union invited). Anything else is 403 and logged, whether the meeting exists or not.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ org: string; meetingId: string }> }) {
  const { org, meetingId } = await params;
  if (!isRecordId(meetingId)) {
    return new Response('Sidan finns inte', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  const name = 'review.protocol.docx';
  // Everyone who reads plans under samverkan passes this step; the meeting's own visibility decides the rest.
  const auth = await authorizeRequest(org, 'read:plan:published', name);
  if (!auth.ok) return auth.response;
  const meeting = await loadMeeting(auth.context.org.access, auth.context.viewer.id, meetingId);
  if (!meeting) {
    await logDenied(await getDb(), auth.context.viewer, auth.context.org.id, name, `meeting:${meetingId}`);
    return new Response(MESSAGES.denied, {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  const buffer = await protocolDocx(protocolOf(meeting), { organization: auth.context.org.name });
  const file = `protokoll-${(meeting.itemNumber || 'punkt').replace(/[^0-9.]/g, '')}-${meeting.date.toISOString().slice(0, 10)}.docx`;
  return new Response(new Uint8Array(buffer), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="${file}"`,
      'Cache-Control': 'no-store',
    },
  });
}
