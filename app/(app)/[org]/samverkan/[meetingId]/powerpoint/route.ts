import { z } from 'zod';
import { orgSlug } from '@/lib/auth/guard-schemas';
import { defineRoute, plainText } from '@/lib/auth/route-guard';
import { exportSamverkanDeck } from '@/lib/export/deck-export';
import { fileResponse } from '@/lib/export/record-download';
import { recordIdParam } from '@/lib/route-params';

/**
 * The samverkan deck as .pptx ("Ladda ner" on the meeting page): for those who see the meeting (HR; reps of an
 * invited union), as the protocol's .docx. A meeting the caller cannot see is 403 and logged, whether it exists.
 */
export const GET = defineRoute({
  name: 'review.deck.pptx',
  permission: 'read:plan:published',
  params: z.object({ meetingId: recordIdParam }),
  schema: z.object({ org: orgSlug, meetingId: recordIdParam }),
  handle: async ({ input, context, deny }) => {
    const deck = await exportSamverkanDeck(context, input.meetingId);
    if (deck.kind === 'unknown') return deny(`meeting:${input.meetingId}`);
    if (deck.kind === 'not-sent') return plainText('Ingen planversion har skickats till mötet ännu.', 409);
    return fileResponse(deck.bytes, deck.fileName, deck.contentType);
  },
});
