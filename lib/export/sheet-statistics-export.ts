import 'server-only';
import type { OrgContext } from '../auth/session';
import { loadDashboard } from '../statistics/dashboard/queries';
import { exportFileName } from './file-name';
import { CONTENT_TYPES, recordDownload } from './record-download';
import { statisticsCsv } from './sheet-statistics-csv';
import { statisticsWorkbook } from './sheet-statistics';

export type StatisticsExportRequest = { format: 'xlsx' | 'csv'; year?: number; departmentId?: string };

/**
 * The dashboard the caller would see for this year and department, as a file: the same page model
 * (loadDashboard: the caller's scope, the one suppression model, the same cache), never a second computation.
 * Audited with the selection. null: the caller reads no department (a manager without one), nothing to export.
 */
export async function exportStatistics(
  context: OrgContext,
  request: StatisticsExportRequest,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; fileName: string; contentType: string } | null> {
  const view = await loadDashboard(context.org.access, { year: request.year, departmentId: request.departmentId });
  if (view.noDepartment) return null;
  const shown = view.departments.filter((d) => view.departmentIds.includes(d.id));
  const scope = shown.length ? shown.map((d) => d.name).join(', ') : 'Hela förvaltningen';
  const fileName = exportFileName(
    ['Personalstatistik', String(view.year ?? 'senaste'), context.org.name, ...shown.map((d) => d.name)],
    request.format,
  );
  const bytes =
    request.format === 'csv'
      ? statisticsCsv(view.sections)
      : await statisticsWorkbook(view.sections, {
          organization: context.org.name,
          scope,
          year: view.year,
          exportedBy: context.viewer.name,
          exportedAt: new Date(),
          suppressed: view.suppressed,
        });
  await recordDownload(context, {
    what: 'statistics',
    format: request.format,
    via: 'statistics.export',
    fileName,
    entityType: 'Statistics',
    details: {
      year: view.year,
      departmentIds: view.departmentIds,
      suppressed: view.suppressed,
    },
  });
  return { bytes, fileName, contentType: CONTENT_TYPES[request.format] };
}
