import { Link } from '@/components/ui/link';
import { TableScroll } from '@/components/ui/table-scroll';
import { RISK_STATUS_LABELS, type RegisterStatus } from '@/lib/gaps/labels';
import { CONSEQUENCE_LABELS, LIKELIHOOD_LABELS, RISK_LEVEL_LABELS, riskLevel, riskScore } from '@/lib/risks/scoring';

type Row = {
  key: string;
  number: number;
  title: string;
  description: string;
  likelihood: number;
  consequence: number;
  owner: string;
  mitigation: string;
  status: RegisterStatus;
  gaps: string[];
  activities: string[];
  href?: string;
};

const scaleLabel = (labels: Record<number, string>, step: number) => `${step} (${labels[step] ?? ''})`;

/** The risks in score order, numbered as in the matrix; the live register and the frozen version alike. */
export function RiskTable({ risks, caption }: { risks: Row[]; caption: string }) {
  return (
    <TableScroll label={caption}>
      <table className="stack-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Nr</th>
            <th scope="col">Risk</th>
            <th scope="col">Sannolikhet</th>
            <th scope="col">Konsekvens</th>
            <th scope="col">Riskvärde</th>
            <th scope="col">Ägare</th>
            <th scope="col">Åtgärder</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {risks.map((r) => {
            const score = riskScore(r);
            return (
              <tr key={r.key}>
                <td data-label="Nr">{r.number}</td>
                <td data-label="Risk">
                  <strong>{r.href ? <Link href={r.href}>{r.title}</Link> : r.title}</strong>
                  {r.description && <div className="muted">{r.description}</div>}
                </td>
                <td data-label="Sannolikhet">{scaleLabel(LIKELIHOOD_LABELS, r.likelihood)}</td>
                <td data-label="Konsekvens">{scaleLabel(CONSEQUENCE_LABELS, r.consequence)}</td>
                <td data-label="Riskvärde">
                  {score} ({RISK_LEVEL_LABELS[riskLevel(score)].toLowerCase()})
                </td>
                <td data-label="Ägare">{r.owner || '–'}</td>
                <td data-label="Åtgärder">
                  {r.mitigation && <div>{r.mitigation}</div>}
                  {r.activities.length > 0 && <div className="muted">Aktiviteter: {r.activities.join('; ')}</div>}
                  {r.gaps.length > 0 && <div className="muted">Kompetensgap: {r.gaps.join('; ')}</div>}
                  {!r.mitigation && r.activities.length === 0 && r.gaps.length === 0 && '–'}
                </td>
                <td data-label="Status">{RISK_STATUS_LABELS[r.status]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
