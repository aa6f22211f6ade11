import { z } from 'zod';
import { orgSlug } from '@/lib/auth/guard-schemas';
import { defineRoute } from '@/lib/auth/route-guard';
import { exportFollowUp } from '@/lib/export/sheet-follow-up-export';
import { fileResponse } from '@/lib/export/record-download';

/** The follow-up overview as .xlsx ("Ladda ner" on /aktiviteter/uppfoljning): for those who see the page. */
export const GET = defineRoute({
  name: 'activity.follow-up.xlsx',
  permission: 'edit:activity',
  schema: z.object({ org: orgSlug }),
  handle: async ({ context }) => {
    const file = await exportFollowUp(context);
    return fileResponse(file.bytes, file.fileName, file.contentType);
  },
});
