import { TableScroll } from '@/components/ui/table-scroll';
import { formatDecimal } from '@/lib/format';
import { AGE_GROUP_LABELS, isAgeGroup } from '@/lib/needs/population-age-groups';
import type { PopulationOverview } from '@/lib/needs/population-queries';

/** Server-rendered tables of "Befolkningsprognos"; a missing figure reads "saknas", never 0. */
export const ageLabel = (group: string) => (isAgeGroup(group) ? AGE_GROUP_LABELS[group] : group);
const MISSING = <span className="muted">saknas</span>;
const value = (n: number | null) => (n === null ? MISSING : formatDecimal(n));
const signed = (n: number | null) => (n === null ? MISSING : `${n > 0 ? '+' : ''}${formatDecimal(n)}`);

export function ForecastTables({ overview }: { overview: PopulationOverview }) {
  const label = overview.selected?.label ?? '';
  return overview.table.map((district) => (
    <TableScroll key={district.districtId} label={`${label}, ${district.district}`}>
      <table>
        <caption>
          {district.district}: invånare per åldersgrupp och år ({label})
        </caption>
        <thead>
          <tr>
            <th scope="col">Åldersgrupp</th>
            {district.years.map((y) => (
              <th key={y} scope="col" className="num">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {district.ageGroups.map((group, i) => (
            <tr key={group}>
              <th scope="row">{ageLabel(group)}</th>
              {district.values[i]!.map((n, j) => (
                <td key={district.years[j]} className="num">
                  {value(n)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  ));
}

export function ComparisonTable({ overview }: { overview: PopulationOverview }) {
  const { comparison, selected } = overview;
  if (!comparison || !selected) return <p>Det finns ingen tidigare prognos att jämföra med.</p>;
  return (
    <TableScroll label={`${selected.label} jämförd med ${comparison.previousLabel}`}>
      <table>
        <caption>
          {selected.label} jämförd med {comparison.previousLabel}, räknat på dagens stadsdelsområden
        </caption>
        <thead>
          <tr>
            <th scope="col">Stadsdelsområde</th>
            <th scope="col">Åldersgrupp</th>
            <th scope="col">År</th>
            <th scope="col" className="num">
              {selected.label}
            </th>
            <th scope="col" className="num">
              {comparison.previousLabel}
            </th>
            <th scope="col" className="num">
              Skillnad
            </th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={`${row.districtId}-${row.ageGroup}-${row.year}`}>
              <td>{row.district}</td>
              <td>{ageLabel(row.ageGroup)}</td>
              <td>{row.year}</td>
              <td className="num">{value(row.current)}</td>
              <td className="num">{value(row.previous)}</td>
              <td className="num">{signed(row.difference)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function VolumeTable({ overview }: { overview: PopulationOverview }) {
  const { volume, planYears, occupations } = overview;
  const shown = occupations.filter((o) => volume.sourceByOccupation.has(o.id));
  if (shown.length === 0) {
    return <p>Ingen volymförändring kan räknas ännu: ange bemanningstal eller en förändring per befattning nedan.</p>;
  }
  return (
    <TableScroll label="Volymförändring per befattning och år">
      <table>
        <caption>
          Volymförändring per befattning och år, jämfört med {volume.baseYear ?? 'basåret'}
          {volume.vintage ? ` (${volume.vintage})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Befattning</th>
            {planYears.map((y) => (
              <th key={y} scope="col" className="num">
                {y}
              </th>
            ))}
            <th scope="col">Underlag</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((o) => (
            <tr key={o.id}>
              <th scope="row">{o.name}</th>
              {planYears.map((y) => (
                <td key={y} className="num">
                  {signed(volume.demand?.get(o.id)?.get(y) ?? null)}
                </td>
              ))}
              <td>{volume.sourceByOccupation.get(o.id) === 'direct' ? 'Angiven direkt' : 'Bemanningstal'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
