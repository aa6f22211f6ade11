import { Fragment } from 'react';
import { TableScroll } from '@/components/ui/table-scroll';
import { NEED_PART_LABELS } from '@/lib/needs/formulas';
import { SHOWN_PARTS, type ShownNumber, type ShownTable, type ShownYear } from '@/lib/needs/protection';
import { formatInteger } from '@/lib/format';

const SHORT: Record<(typeof SHOWN_PARTS)[number], string> = {
  retirements: 'Pension',
  otherDepartures: 'Övriga',
  volume: 'Volym',
  total: 'Summa',
};

function Cell({ n, strong }: { n: ShownNumber; strong?: boolean }) {
  const text = n.reason === null && n.value === null ? <span className="muted">{n.text}</span> : n.text;
  return <td className="num">{strong ? <strong>{text}</strong> : text}</td>;
}

function YearCells({ years, strong }: { years: ShownYear[]; strong?: boolean }) {
  return years.map((y, i) => (
    <Fragment key={i}>
      {SHOWN_PARTS.map((p) => (
        <Cell key={p} n={y[p]} strong={strong || p === 'total'} />
      ))}
    </Fragment>
  ));
}

/** The parts per department × occupation and year with their sum; hidden cells as "<5" or "–", missing as "saknas". */
export function NeedsTable({ table, caption, id }: { table: ShownTable; caption: string; id: string }) {
  const partsPerYear = SHOWN_PARTS.length;
  return (
    <TableScroll label={caption}>
      <table id={id} className="needs-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td rowSpan={2} />
            {table.years.map((year) => (
              <th key={year} scope="colgroup" colSpan={partsPerYear}>
                {year}
              </th>
            ))}
          </tr>
          <tr>
            {table.years.map((year) =>
              SHOWN_PARTS.map((p) => (
                <th key={`${year}-${p}`} scope="col" className="num">
                  <abbr title={NEED_PART_LABELS[p]}>{SHORT[p]}</abbr>
                  <span className="visually-hidden"> {year}</span>
                </th>
              )),
            )}
          </tr>
        </thead>
        {table.departments.map((d) => (
          <tbody key={d.department ?? ''}>
            <tr className="needs-table__group">
              <th scope="rowgroup" colSpan={1 + table.years.length * partsPerYear}>
                {d.department ?? 'Ingen avdelning (nya befattningar)'}
              </th>
            </tr>
            {d.rows.map((row) => (
              <tr key={row.occupation}>
                <th scope="row">{row.occupation}</th>
                <YearCells years={row.years} />
              </tr>
            ))}
            <tr className="needs-table__sum">
              <th scope="row">Summa {d.department ?? 'utan avdelning'}</th>
              <YearCells years={d.sum} strong />
            </tr>
          </tbody>
        ))}
        {table.totals.length > 0 && (
          <tfoot>
            <tr>
              <th scope="row">Hela förvaltningen</th>
              <YearCells years={table.totals} strong />
            </tr>
            {table.adjustments.some((a) => a !== 0) && (
              <tr>
                <th scope="row">Varav effekt av heltid och effektivisering</th>
                {table.adjustments.map((a, i) => (
                  <Fragment key={i}>
                    <td colSpan={partsPerYear - 1} />
                    <td className="num">{formatInteger(a)}</td>
                  </Fragment>
                ))}
              </tr>
            )}
          </tfoot>
        )}
      </table>
    </TableScroll>
  );
}
