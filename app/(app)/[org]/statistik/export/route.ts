import { z } from 'zod';
import { orgSlug } from '@/lib/auth/guard-schemas';
import { defineRoute, plainText } from '@/lib/auth/route-guard';
import { exportStatistics } from '@/lib/export/sheet-statistics-export';
import { fileResponse } from '@/lib/export/record-download';
import { recordIdParam } from '@/lib/route-params';

/** The dashboard's form sends "" for "Hela förvaltningen" / "Senaste per mått". */
const blankAsMissing = (value: unknown) => (value === '' ? undefined : value);

/**
 * The dashboard as .xlsx or CSV ("Ladda ner" on /statistik), with the page's own selection (?ar=&avdelning=):
 * whatever the address asks, the caller gets only what the dashboard would show them (scope, suppression).
 */
export const GET = defineRoute({
  name: 'statistics.export',
  permission: 'read:statistics',
  schema: z.object({
    org: orgSlug,
    format: z.enum(['xlsx', 'csv'], { error: 'Välj Excel (.xlsx) eller CSV.' }),
    ar: z.preprocess(
      blankAsMissing,
      z.coerce.number({ error: 'Ogiltigt år.' }).int('Ogiltigt år.').min(1900).max(2200).optional(),
    ),
    avdelning: z.preprocess(blankAsMissing, recordIdParam.optional()),
  }),
  handle: async ({ input, context }) => {
    const file = await exportStatistics(context, {
      format: input.format,
      year: input.ar,
      departmentId: input.avdelning,
    });
    if (!file) return plainText('Du har ingen avdelning att ladda ner statistik för.', 404);
    return fileResponse(file.bytes, file.fileName, file.contentType);
  },
});
