import 'server-only';
import { followUpReport } from '../activities/overview-model';
import { readOverview } from '../activities/overview';
import { periodLabel } from '../activities/periods';
import type { OrgContext } from '../auth/session';
import { exportFileName } from './file-name';
import { CONTENT_TYPES, recordDownload } from './record-download';
import { followUpWorkbook } from './sheet-follow-up';

/** The follow-up overview of the reporting period as .xlsx, read as the page reads it; audited with the period. */
export async function exportFollowUp(context: OrgContext, today: Date = new Date()) {
  const { overview, activities, planId } = await readOverview(context.org.access, today);
  const period = periodLabel(overview.period);
  const fileName = exportFileName(['Uppfoljning', period, context.org.name], 'xlsx');
  const bytes = await followUpWorkbook({
    organization: context.org.name,
    period,
    planTitle: overview.planTitle,
    deadline: overview.deadline,
    exportedBy: context.viewer.name,
    exportedAt: new Date(),
    overview: overview.rows,
    activities: followUpReport(activities, overview.period, overview.deadline),
  });
  await recordDownload(context, {
    what: 'follow-up',
    format: 'xlsx',
    via: 'activity.follow-up.xlsx',
    fileName,
    entityType: 'Plan',
    entityId: planId ?? undefined,
    details: { year: overview.period.year, period: overview.period.period },
  });
  return { bytes, fileName, contentType: CONTENT_TYPES.xlsx };
}
