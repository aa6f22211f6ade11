import { z } from 'zod';
import { orgSlug } from '@/lib/auth/guard-schemas';
import { defineRoute } from '@/lib/auth/route-guard';
import { protocolDocx } from '@/lib/review/protocol-docx';
import { protocolOf } from '@/lib/review/protocol-data';
import { loadMeeting } from '@/lib/review/queries';
import { isRecordId } from '@/lib/route-params';

/**
 * The protocol as .docx: member of the organisation, then the meeting must be one the caller sees (HR: any of the
 * organisation's; a rep: their union invited). Anything else is 403 and logged, whether the meeting exists or not.
 */
export const GET = defineRoute({
  name: 'review.protocol.docx',
  addressable: (params: { org: string; meetingId: string }) => isRecordId(params.meetingId),
  // Everyone who reads plans under samverkan passes this step; the meeting's own visibility decides the rest.
  permission: 'read:plan:published',
  schema: z.object({ org: orgSlug, meetingId: z.string().max(100) }),
  handle: async ({ input, context, deny }) => {
    const meeting = await loadMeeting(context.org.access, context.viewer.id, input.meetingId);
    if (!meeting) return deny(`meeting:${input.meetingId}`);
    const buffer = await protocolDocx(protocolOf(meeting), { organization: context.org.name });
    const file = `protokoll-${(meeting.itemNumber || 'punkt').replace(/[^0-9.]/g, '')}-${meeting.date.toISOString().slice(0, 10)}.docx`;
    return new Response(new Uint8Array(buffer), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': `attachment; filename="${file}"`,
        'Cache-Control': 'no-store',
      },
    });
  },
});
