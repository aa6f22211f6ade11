import { Link } from '@/components/ui/link';
import { TableScroll } from '@/components/ui/table-scroll';
import type { SavedScenario } from '@/lib/needs/queries';
import { formatInteger } from '@/lib/format';

const text = (v: number | null) => (v === null ? '–' : formatInteger(v));
const sum = (values: (number | null)[]) =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + v!, 0);

/** Saved scenarios side by side with the baseline: the need per year and over the period. */
export function ScenarioComparison({
  years,
  baseline,
  saved,
  base,
}: {
  years: number[];
  baseline: (number | null)[];
  saved: SavedScenario[];
  base: string;
}) {
  if (saved.length === 0)
    return (
      <section className="card" aria-labelledby="sparade">
        <h2 id="sparade">Sparade scenarier</h2>
        <p className="muted">Inga scenarier är sparade för planen än.</p>
      </section>
    );
  return (
    <section className="card stack" aria-labelledby="sparade">
      <h2 id="sparade">Sparade scenarier</h2>
      <TableScroll label="Jämförelse av sparade scenarier">
        <table>
          <caption className="visually-hidden">Rekryteringsbehov per år: grundprognos och sparade scenarier</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col" className="num">
                Grundprognos
              </th>
              {saved.map((s) => (
                <th key={s.id} scope="col" className="num">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((y, i) => (
              <tr key={y}>
                <th scope="row">{y}</th>
                <td className="num">{text(baseline[i] ?? null)}</td>
                {saved.map((s) => (
                  <td key={s.id} className="num">
                    {text(s.totals[i] ?? null)}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="needs-table__sum">
              <th scope="row">Totalt</th>
              <td className="num">{text(sum(baseline))}</td>
              {saved.map((s) => (
                <td key={s.id} className="num">
                  {text(sum(s.totals))}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <ul className="list-plain">
        {saved.map((s) => (
          <li key={s.id}>
            <Link href={`${base}?scenario=${encodeURIComponent(s.id)}`}>{s.name}</Link>:{' '}
            {s.leverTexts.join('; ') || 'inga spakar'}
          </li>
        ))}
      </ul>
    </section>
  );
}
