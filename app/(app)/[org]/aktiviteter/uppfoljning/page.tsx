import type { Metadata } from 'next';
import { DeadlineForm } from '@/components/activities/deadline-form';
import { DownloadGroup } from '@/components/export/download-group';
import { TableScroll } from '@/components/ui/table-scroll';
import { loadOverview } from '@/lib/activities/overview';
import { overviewTotals } from '@/lib/activities/overview-model';
import { periodLabel } from '@/lib/activities/periods';
import { requirePermission } from '@/lib/auth/session';
import { formatDate, formatInteger } from '@/lib/format';

export const metadata: Metadata = { title: 'Uppföljning per avdelning' };

export default async function FollowUpOverviewPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requirePermission(slug, 'edit:activity');
  const overview = await loadOverview(org.access);
  const label = periodLabel(overview.period);
  const totals = overviewTotals(overview.rows);
  const deadline = formatDate(overview.deadline);
  const passed = new Date().toISOString().slice(0, 10) > deadline;
  return (
    <div className="stack">
      <h1>Uppföljning per avdelning</h1>
      <p className="lead">
        {label}
        {overview.planTitle ? ` · ${overview.planTitle}` : ''} · sista dag {deadline}
        {overview.deadlineSetByHr ? '' : ' (standard: månaden efter perioden)'}
        {passed ? ' · sista dagen har passerat' : ''}
      </p>
      <DownloadGroup links={[{ label: 'Excel (.xlsx)', href: `/${org.slug}/aktiviteter/uppfoljning/excel` }]} />
      <DeadlineForm
        orgSlug={org.slug}
        period={{ year: overview.period.year, period: overview.period.period, label }}
        dueDate={deadline}
      />
      {overview.rows.length === 0 ? (
        <p>Det finns inga aktiviteter att följa upp för perioden.</p>
      ) : (
        <TableScroll label={`Uppföljning per avdelning, ${label}`}>
          <table>
            <caption>
              Uppföljning per avdelning, {label}. ”Sent” är uppföljt efter sista dagen; ”Saknas” är inte uppföljt.
            </caption>
            <thead>
              <tr>
                <th scope="col">Avdelning</th>
                <th scope="col">Aktiviteter</th>
                <th scope="col">Uppföljda i tid</th>
                <th scope="col">Sent</th>
                <th scope="col">Saknas</th>
              </tr>
            </thead>
            <tbody>
              {overview.rows.map((r) => (
                <tr key={r.department}>
                  <th scope="row">{r.department}</th>
                  <td>{formatInteger(r.total)}</td>
                  <td>{formatInteger(r.reported)}</td>
                  <td>{formatInteger(r.late)}</td>
                  <td>
                    {formatInteger(r.missing)}
                    {r.missing > 0 && passed && (
                      <span className="badge badge--warn">
                        <span aria-hidden="true">! </span>försenad
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Totalt</th>
                <td>{formatInteger(totals.total)}</td>
                <td>{formatInteger(totals.reported)}</td>
                <td>{formatInteger(totals.late)}</td>
                <td>{formatInteger(totals.missing)}</td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
