/**
 * The tertial follow-up as .xlsx (HR's report to the nämnd at T1 and T2): the overview per department as on the
 * page, and one row per activity with its phase, strategies, status, comment, who reported it and when. Pure
 * apart from exceljs.
 */
import { type FollowUpReportRow, type OverviewRow, overviewTotals } from '../activities/overview-model';
import { STATUS_LABELS } from '../activities/status';
import { formatDate, formatDateTime } from '../format';
import { NUMBER_FORMATS, addTable, newWorkbook, workbookBytes } from './sheet-workbook';

export type FollowUpExport = {
  organization: string;
  period: string;
  planTitle: string | null;
  deadline: Date;
  exportedBy: string;
  exportedAt: Date;
  overview: OverviewRow[];
  activities: FollowUpReportRow[];
};

const TIMELINESS = { reported: 'I tid', late: 'Sent', missing: 'Saknas' } as const;

export const FOLLOW_UP_HEADER = [
  'Avdelning',
  'Aktivitet',
  'UBARA-fas',
  'SKR-strategi',
  'Status',
  'Kommentar',
  'Uppföljd av',
  'Uppföljd',
  'I tid / sent',
] as const;

export async function followUpWorkbook(report: FollowUpExport): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = newWorkbook(`Uppföljning ${report.period}`, report.exportedBy);

  const summary = workbook.addWorksheet('Per avdelning');
  summary.addRow([`Uppföljning per avdelning, ${report.period}`]).font = { bold: true, size: 14 };
  summary.addRow([
    `${report.organization}${report.planTitle ? ` · ${report.planTitle}` : ''} · sista dag ${formatDate(report.deadline)}`,
  ]);
  summary.addRow([`Exporterad ${formatDateTime(report.exportedAt)} av ${report.exportedBy}`]);
  summary.addRow([]);
  addTable(summary, ['Avdelning', 'Aktiviteter', 'Uppföljda i tid', 'Sent', 'Saknas'], [40, 14, 16, 10, 10]);
  const totals = overviewTotals(report.overview);
  const lines = [...report.overview, { department: 'Totalt', ...totals }];
  lines.forEach((r, i) => {
    const row = summary.addRow([r.department, r.total, r.reported, r.late, r.missing]);
    for (let c = 2; c <= 5; c++) row.getCell(c).numFmt = NUMBER_FORMATS.count;
    if (i === lines.length - 1) row.font = { bold: true };
  });

  const list = workbook.addWorksheet('Aktiviteter');
  addTable(list, FOLLOW_UP_HEADER, [30, 48, 18, 32, 14, 60, 22, 18, 12]);
  for (const a of report.activities) {
    const row = list.addRow([
      a.department,
      a.activity,
      a.phase,
      a.strategies,
      a.status ? STATUS_LABELS[a.status] : 'Ej uppföljd',
      a.comment,
      a.author ?? '',
      a.reportedAt ? formatDateTime(a.reportedAt) : '',
      TIMELINESS[a.timeliness],
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return workbookBytes(workbook);
}
