import { TableScroll } from '@/components/ui/table-scroll';
import type { RetirementSummary } from '@/lib/needs/summary';
import { formatInteger } from '@/lib/format';

/** Seed 003's table "Möjliga pensionsavgångar per avdelning", with those already past 65 and the sum. */
export function RetirementSummaryTable({
  summary,
  statisticsYear,
}: {
  summary: RetirementSummary;
  statisticsYear: number | null;
}) {
  return (
    <section className="card stack" aria-labelledby="pensionsavgangar">
      <h2 id="pensionsavgangar">Pensionsavgångar enligt åldersstatistiken</h2>
      <p className="muted">
        Medarbetare som fyller 65 år under planens år, de som redan har fyllt 65 och summan om alla går vid 65
        {statisticsYear !== null ? ` (statistik från ${statisticsYear})` : ''}. Anställningen kan fortsätta till 69 år,
        så prognosen nedan räknar med pensionsåldern som antagande.
        {summary.estimated && ' Uppskattat ur åldersgrupp 60–64 år: statistiken saknar pensionsuppgifter.'}
      </p>
      <TableScroll label="Möjliga pensionsavgångar per avdelning">
        <table>
          <caption className="visually-hidden">Möjliga pensionsavgångar per avdelning</caption>
          <thead>
            <tr>
              <th scope="col">Avdelning</th>
              {summary.years.map((y) => (
                <th key={y} scope="col" className="num">
                  Fyller 65 år {y}
                </th>
              ))}
              <th scope="col" className="num">
                Redan 65 år eller äldre
              </th>
              <th scope="col" className="num">
                Behov om alla går vid 65
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.rows.map((row) => (
              <tr key={row.department ?? 'total'} className={row.department === null ? 'needs-table__sum' : undefined}>
                <th scope="row">{row.department ?? 'Totalt'}</th>
                {row.reaching65.map((n, i) => (
                  <td key={i} className="num">
                    {n.text}
                  </td>
                ))}
                <td className="num">{row.alreadyPast65.text}</td>
                <td className="num">
                  <strong>{row.atSixtyFive.text}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {summary.permanent60plus !== null && (
        <p>
          Tillsvidareanställda som är 60 år eller äldre: <strong>{formatInteger(summary.permanent60plus)}</strong>.
        </p>
      )}
    </section>
  );
}
