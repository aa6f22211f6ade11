import 'server-only';
import { z } from 'zod';
import { orgSlug } from '../auth/guard-schemas';
import { defineRoute } from '../auth/route-guard';
import { planYearParamSchema } from '../plans/schemas';
import { recordIdParam } from '../route-params';
import { type PlanExport, loadPlanExport } from './plan-export';
import { CONTENT_TYPES, fileResponse, recordDownload } from './record-download';

/**
 * The plan's download routes (Word and PDF): a read of the plan, so everyone who may read plans passes the guard
 * (`read:plan:published`, as the MBL protocol's download); which plan and version the caller may read, and which
 * figures they may see, is decided by the plan's own reading (plan-export.ts). A plan the caller may not read is
 * refused and logged, whether it exists or not. Each download is audited as every export (record-download.ts).
 */
export function planDownloadRoute(
  format: 'docx' | 'pdf',
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
      const fileName = `${exported.baseName}.${format}`;
      await recordDownload(context, {
        what: 'plan',
        format,
        via: `plan.export.${format}`,
        fileName,
        entityType: 'Plan',
        entityId: exported.planId,
        details: { planVersion: exported.doc.version, status: exported.doc.status, snapshotId: exported.snapshotId },
      });
      return fileResponse(new Uint8Array(file), fileName, CONTENT_TYPES[format]);
    },
  });
}
