import { TableScroll } from '@/components/ui/table-scroll';
import { formatInteger } from '@/lib/format';
import type { CoverageSide, ImportCoverage } from '@/lib/statistics/import/coverage';

const side = (s: CoverageSide | null, cell: (s: CoverageSide) => string) => (s ? cell(s) : '–');
const departments = (s: CoverageSide) => (s.departments.length ? formatInteger(s.departments.length) : 'Bara totaler');
const total = (s: CoverageSide) => (s.total === null ? '–' : formatInteger(s.total));

/**
 * The preview's comparison with the previous year (lib/statistics/import/coverage.ts): per measure the file's
 * departments, figures and total beside last year's, and a warning when the file covers markedly less.
 */
export function ImportCoverageView({ coverage }: { coverage: ImportCoverage }) {
  if (coverage.measures.length === 0) return null;
  const caption = 'Filen jämförd med förra året';
  return (
    <section className="stack" aria-labelledby="jamfort-med-forra-aret">
      <h3 id="jamfort-med-forra-aret">Jämfört med förra året</h3>
      {coverage.warnings.map((warning) => (
        <p key={warning} className="alert alert--warning">
          <strong>Varning:</strong> {warning}
        </p>
      ))}
      <TableScroll label={caption}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Mått</th>
              <th scope="col">År</th>
              <th scope="col" className="num">
                Avdelningar
              </th>
              <th scope="col" className="num">
                Värden
              </th>
              <th scope="col" className="num">
                Totalt
              </th>
            </tr>
          </thead>
          <tbody>
            {coverage.measures.flatMap((m) => [
              <tr key={`${m.measure}-file`}>
                <th scope="row">{m.label} – filen</th>
                <td>{m.file.year}</td>
                <td className="num">{departments(m.file)}</td>
                <td className="num">{formatInteger(m.file.figures)}</td>
                <td className="num">{total(m.file)}</td>
              </tr>,
              <tr key={`${m.measure}-previous`}>
                <th scope="row">{m.label} – förra året</th>
                <td>{m.previous ? m.previous.year : 'Inga tidigare siffror'}</td>
                <td className="num">{side(m.previous, departments)}</td>
                <td className="num">{side(m.previous, (s) => formatInteger(s.figures))}</td>
                <td className="num">{side(m.previous, total)}</td>
              </tr>,
            ])}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
