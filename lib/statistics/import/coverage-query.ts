import 'server-only';
import type { Db } from '../../db/client';
import type { StatRow } from '../dashboard/rows';
import type { ImportPreview } from '.';
import { type ImportCoverage, compareCoverage, fileYears } from './coverage';
import { loadStatRows } from '../rows-query';
import { organizationFigures } from './visible';

/** The file's statistic rows in the shape the stored ones are read in (names, not ids). */
function fileStatRows(preview: ImportPreview): StatRow[] {
  const statistics = preview.rows.filter((r) => r.type === 'statistic');
  return statistics.map((r) => ({
    measure: r.measure,
    year: r.year,
    tertial: r.tertial ?? null,
    department: r.department ?? null,
    occupation: r.occupation ?? null,
    employmentForm: r.employmentForm ?? null,
    gender: r.gender ?? null,
    ageBand: r.ageBand ?? null,
    category: r.category ?? null,
    subcategory: r.subcategory ?? null,
    value: r.value,
    decimals: r.decimals ?? null,
    population: null,
  }));
}

/** What the file covers against the organisation's previous year, per measure (import/coverage.ts). */
export async function importCoverage(db: Db, organizationId: string, preview: ImportPreview): Promise<ImportCoverage> {
  const file = fileStatRows(preview);
  const years = new Map<string, { previousYear: number | null; newestYear: number | null }>();
  for (const [measure, year] of fileYears(file)) {
    const where = { ...organizationFigures(organizationId), measure };
    const [previous, newest] = await Promise.all([
      db.staffStatistic.aggregate({ where: { ...where, year: { lt: year } }, _max: { year: true } }),
      db.staffStatistic.aggregate({ where, _max: { year: true } }),
    ]);
    years.set(measure, { previousYear: previous._max.year, newestYear: newest._max.year });
  }
  const wanted = [...years].filter(([, y]) => y.previousYear !== null);
  const rows = (
    await Promise.all(
      wanted.map(([measure, y]) =>
        loadStatRows(db, { organizationId, years: [y.previousYear!], measures: [measure], perDepartment: true }),
      ),
    )
  ).flat();
  return compareCoverage(file, { rows, years });
}
