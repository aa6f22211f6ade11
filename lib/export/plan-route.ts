import 'server-only';
import { z } from 'zod';
import { orgSlug } from '../auth/guard-schemas';
import { defineRoute } from '../auth/route-guard';
import { planYearParamSchema } from '../plans/schemas';
import { recordIdParam } from '../route-params';
import { contentDisposition } from './content-disposition';
import { type PlanExport, auditPlanExport, loadPlanExport } from './plan-export';

/**
 * The plan's download routes (Word and PDF): a read of the plan, so everyone who may read plans passes the guard
 * (`read:plan:published`, as the MBL protocol's download); which plan and version the caller may read, and which
 * figures they may see, is decided by the plan's own reading (plan-export.ts). A plan the caller may not read is
 * refused and logged, whether it exists or not. Each download writes an audit row.
 */
export function planDownloadRoute(
  format: 'docx' | 'pdf',
  contentType: string,
  render: (exported: PlanExport) => Promise<Buffer | Response>,
) {
  return defineRoute({
    name: `plan.export.${format}`,
    permission: 'read:plan:published',
    params: z.object({ year: planYearParamSchema }),
    schema: z.object({ org: orgSlug, year: planYearParamSchema, version: recordIdParam.optional() }),
    handle: async ({ input, context, deny }) => {
      const exported = await loadPlanExport(context.org.access, input.year, input.version ?? null);
      if (!exported) return deny(`plan:${input.year}${input.version ? `:${input.version}` : ''}`);
      const file = await render(exported);
      if (file instanceof Response) return file;
      await auditPlanExport(context.viewer, context.org.id, exported, format);
      return new Response(new Uint8Array(file), {
        headers: {
          'Content-Type': contentType,
          'Content-Disposition': contentDisposition(`${exported.baseName}.${format}`),
          'Cache-Control': 'no-store',
        },
      });
    },
  });
}
