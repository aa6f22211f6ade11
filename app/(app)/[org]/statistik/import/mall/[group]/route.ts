import { z } from 'zod';
import { orgSlug } from '@/lib/auth/guard-schemas';
import { defineRoute } from '@/lib/auth/route-guard';
import { IMPORT_GROUPS, MEASURE_GROUPS, renderTemplateCsv, renderTemplateXlsx } from '@/lib/statistics/import';

/** Downloadable import templates (no data, but only for those who may import; refusals are audited). */
export const GET = defineRoute({
  name: 'statistics.import.template',
  // A mistyped template name is 404 before the permission check (lib/route-params.ts says why).
  addressable: (params: { org: string; group: string }) => (MEASURE_GROUPS as readonly string[]).includes(params.group),
  permission: 'import:statistics',
  schema: z.object({
    org: orgSlug,
    group: z.enum(MEASURE_GROUPS, { error: 'Okänd mall.' }),
    format: z.enum(['csv', 'xlsx']).catch('csv'),
  }),
  handle: async ({ input: { group, format } }) => {
    const bytes = format === 'xlsx' ? await renderTemplateXlsx(group) : renderTemplateCsv(group);
    const name = `mall-${IMPORT_GROUPS[group].label.toLowerCase().replace(/[^a-z0-9åäö]+/g, '-')}.${format}`;
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type':
          format === 'xlsx'
            ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            : 'text/csv; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Disposition': `attachment; filename="${encodeURIComponent(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      },
    });
  },
});
