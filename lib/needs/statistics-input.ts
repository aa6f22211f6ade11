/**
 * What the forecast reads from the stored statistics (measures.ts), gathered from statistic rows as the read
 * paths give them (StatRow: departments and occupations by name). Pure: the page, the plan's live table, the
 * benchmark and the unit tests (on the seed data) build the engine's input the same way.
 */
import type { StatRow } from '../statistics/dashboard/rows';
import { OVER_65_CODE } from '../statistics/import/values';

export type StaffCell = {
  department: string | null;
  occupation: string;
  /** Permanent staff: the population the organisation's turnover is defined over. */
  permanent: number;
  /** Staff of every employment form in the age bands the retirement forecast splits by. */
  aged60to64: number;
  aged65plus: number;
  /** Permanent staff aged 60 or more (seed 001: "nästan 400"). */
  permanent60plus: number;
};

export type DepartmentRetirements = {
  /** Year of turning 65 → head count, as the statistics state it. */
  turning65: Map<number, number>;
  /** Staff already 65 or older in the statistics year. */
  over65: number;
};

export type NeedsStatistics = {
  /** The statistics year the forecast starts from (the newest before the plan); null: no head count at all. */
  year: number | null;
  cells: StaffCell[];
  /** Department name ('' for the organisation as a whole) → its retirement rows; empty: none stored. */
  retirements: Map<string, DepartmentRetirements>;
  /** The statistics year of the retirement rows (they count from it); null: none stored. */
  retirementYear: number | null;
  /** The years of turning 65 the retirement rows cover (a year with no row there is unknown, not 0). */
  retirementYears: Set<number>;
  turnover: { year: number | null; organization: number | null; byOccupation: Map<string, number> };
  /** Part-timers (organisation), for the "more full time" lever; null: not stated. */
  partTime: { count: number; population: number | null } | null;
  turnoverDefinition: string;
};

const NO_DEPARTMENT = '';

/** The newest year before `planStart` that has rows of `measure`. */
function newestYear(rows: StatRow[], measure: string, planStart: number): number | null {
  let year: number | null = null;
  for (const r of rows)
    if (r.measure === measure && r.year < planStart && (year === null || r.year > year)) year = r.year;
  return year;
}

/** Rows with exactly these dimensions set (all others null: "all"). */
function only(row: StatRow, ...dims: (keyof StatRow)[]): boolean {
  const all = ['department', 'occupation', 'employmentForm', 'gender', 'ageBand', 'category', 'subcategory'] as const;
  return row.tertial === null && all.every((d) => (dims.includes(d) ? row[d] !== null : row[d] === null));
}

export function needsStatistics(rows: StatRow[], planStart: number, turnoverDefinition: string): NeedsStatistics {
  const year = newestYear(rows, 'headcount', planStart);
  const cells = new Map<string, StaffCell>();
  if (year !== null)
    for (const r of rows) {
      // The finest cube: department × occupation × form × gender × age band.
      if (r.measure !== 'headcount' || r.year !== year || !r.occupation || !r.ageBand || !r.employmentForm) continue;
      if (r.gender === null || r.category !== null || r.tertial !== null) continue;
      const key = `${r.department ?? NO_DEPARTMENT}\u0000${r.occupation}`;
      let cell = cells.get(key);
      if (!cell) {
        cell = {
          department: r.department,
          occupation: r.occupation,
          permanent: 0,
          aged60to64: 0,
          aged65plus: 0,
          permanent60plus: 0,
        };
        cells.set(key, cell);
      }
      if (r.employmentForm === 'permanent') cell.permanent += r.value;
      if (r.ageBand === '60-64') cell.aged60to64 += r.value;
      if (r.ageBand === '65+') cell.aged65plus += r.value;
      if (r.employmentForm === 'permanent' && (r.ageBand === '60-64' || r.ageBand === '65+'))
        cell.permanent60plus += r.value;
    }

  const retirementYear = newestYear(rows, 'retirements', planStart);
  const retirements = new Map<string, DepartmentRetirements>();
  const retirementYears = new Set<number>();
  if (retirementYear !== null)
    for (const r of rows) {
      if (r.measure !== 'retirements' || r.year !== retirementYear || r.category === null) continue;
      if (!(only(r, 'category') || only(r, 'department', 'category'))) continue;
      const key = r.department ?? NO_DEPARTMENT;
      let dep = retirements.get(key);
      if (!dep) retirements.set(key, (dep = { turning65: new Map(), over65: 0 }));
      if (r.category === OVER_65_CODE) dep.over65 += r.value;
      else if (/^\d{4}$/.test(r.category)) {
        const y = Number(r.category);
        dep.turning65.set(y, (dep.turning65.get(y) ?? 0) + r.value);
        retirementYears.add(y);
      }
    }
  // Per-department rows take precedence over an organisation total stated beside them.
  if (retirements.size > 1) retirements.delete(NO_DEPARTMENT);

  const turnoverYear = newestYear(rows, 'turnover', planStart);
  const byOccupation = new Map<string, number>();
  let organization: number | null = null;
  for (const r of rows) {
    if (r.measure !== 'turnover' || r.year !== turnoverYear) continue;
    if (only(r)) organization = r.value;
    else if (only(r, 'occupation')) byOccupation.set(r.occupation!, r.value);
  }

  const partTimeYear = newestYear(rows, 'partTimeCount', planStart);
  const partTimeRow = rows.find((r) => r.measure === 'partTimeCount' && r.year === partTimeYear && only(r));
  const fullTimeRow = rows.find((r) => r.measure === 'fullTimeShare' && r.year === partTimeYear && only(r));

  return {
    year,
    cells: [...cells.values()],
    retirements,
    retirementYear,
    retirementYears,
    turnover: { year: turnoverYear, organization, byOccupation },
    partTime: partTimeRow ? { count: partTimeRow.value, population: fullTimeRow?.population ?? null } : null,
    turnoverDefinition,
  };
}
