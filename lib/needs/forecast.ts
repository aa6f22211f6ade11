/**
 * The recruitment-need forecast (issue 19, "Rekryteringsbehov"): per department × occupation × plan year, the
 * need as its three parts — Pensionsavgångar, Övriga avgångar, Volymförändring — and their sum (DOMAIN.md:
 * "all three parts are shown separately"). Missing data stays null ("saknas"), never 0. Pure.
 */
import { largestRemainder } from './allocate';
import { VOLUME_FORMULA, VOLUME_MISSING, otherDeparturesFormula, retirementFormula, TOTAL_FORMULA } from './formulas';
import { DEFAULT_RETIREMENT_AGES, RETIREMENT_AGES, type RetirementAgeDistribution } from './retirement-age';
import type { NeedsStatistics, StaffCell } from './statistics-input';

/** Demand change per occupation (name) and year; null: no population forecast or direct change given. */
export type VolumeInput = Map<string, Map<number, number>> | null;

export type NeedsAssumptions = {
  retirementAges: RetirementAgeDistribution;
  /** Percentage points added to every turnover rate (negative: lower turnover), and per occupation. */
  turnoverChange?: { all?: number; byOccupation?: Map<string, number> };
  /** Multiplies the volume input (a changed staffing ratio). */
  volumeMultiplier?: number;
};

export const BASELINE: NeedsAssumptions = { retirementAges: DEFAULT_RETIREMENT_AGES };

export type NeedYear = {
  year: number;
  retirements: number | null;
  otherDepartures: number | null;
  volume: number | null;
  /** A scenario's levers that cut the need without changing a part (more full time, efficiency); ≤ 0. */
  adjustment: number;
  /** The known parts and the adjustment added up; `complete` says whether any part is missing. */
  total: number;
  complete: boolean;
};

export type NeedRow = {
  department: string | null;
  occupation: string;
  permanent: number;
  turnoverRate: number | null;
  turnoverSource: 'occupation' | 'organization' | null;
  years: NeedYear[];
  /** Staff turning 65 each plan year (null: not known), and those already 65 or older when the plan starts. */
  reaching65: (number | null)[];
  alreadyPast65: number | null;
};

export type NeedsForecast = {
  years: number[];
  statisticsYear: number | null;
  rows: NeedRow[];
  totals: NeedYear[];
  reaching65: (number | null)[];
  alreadyPast65: number | null;
  /** The seed plans' own figure: everyone turning 65 in the period plus those already past it (seed 003: 100). */
  retirementNeedAt65: number | null;
  permanent60plus: number;
  /** Retirement figures estimated from the age bands because no retirement rows are stored. */
  retirementsEstimated: boolean;
  formulas: { retirements: string; otherDepartures: string; volume: string; total: string };
  missing: string[];
};

type DeptCohorts = { cohort: (year: number) => number | null; over65: number };

/** Cohorts per cell: the department's counts split over its occupations by the age band they come from. */
function cellCohorts(
  cells: StaffCell[],
  stats: NeedsStatistics,
  cohortYears: number[],
): { cohorts: Map<StaffCell, DeptCohorts>; estimated: boolean } {
  const out = new Map<StaffCell, DeptCohorts>();
  const byDepartment = new Map<string, StaffCell[]>();
  for (const c of cells) {
    const key = stats.retirements.has('') ? '' : (c.department ?? '');
    byDepartment.set(key, [...(byDepartment.get(key) ?? []), c]);
  }
  const estimated = stats.retirements.size === 0;
  for (const [department, group] of byDepartment) {
    if (estimated) {
      // No retirement rows: a fifth of the 60–64 band turns 65 each of the next five years (the seed's own rule).
      for (const c of group)
        out.set(c, {
          over65: c.aged65plus,
          cohort: (y) => (stats.year !== null && y - stats.year >= 1 && y - stats.year <= 5 ? c.aged60to64 / 5 : null),
        });
      continue;
    }
    const dep = stats.retirements.get(department);
    const split = (total: number, weights: number[]) =>
      largestRemainder(total, weights.some((w) => w > 0) ? weights : group.map((c) => c.permanent));
    const perYear = new Map<number, number[] | null>();
    for (const y of cohortYears) {
      const count = dep?.turning65.get(y) ?? (stats.retirementYears.has(y) ? 0 : null);
      perYear.set(
        y,
        count === null
          ? null
          : split(
              count,
              group.map((c) => c.aged60to64),
            ),
      );
    }
    const over65 = split(
      dep?.over65 ?? 0,
      group.map((c) => c.aged65plus),
    );
    group.forEach((c, i) =>
      out.set(c, { over65: over65[i]!, cohort: (y) => (perYear.get(y) === null ? null : (perYear.get(y)?.[i] ?? 0)) }),
    );
  }
  return { cohorts: out, estimated };
}

const sumOrNull = (values: (number | null)[]) =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + v!, 0);

export function forecastNeeds(
  stats: NeedsStatistics,
  years: number[],
  volume: VolumeInput,
  assumptions: NeedsAssumptions = BASELINE,
): NeedsForecast {
  const first = years[0]!;
  const missing: string[] = [];
  const cells = [...stats.cells];
  // An occupation with a volume change but nobody employed yet still gets a row.
  for (const occupation of volume?.keys() ?? [])
    if (!cells.some((c) => c.occupation === occupation))
      cells.push({ department: null, occupation, permanent: 0, aged60to64: 0, aged65plus: 0, permanent60plus: 0 });

  const beforePlan = stats.year === null ? [] : range(stats.year + 1, first - 1);
  const { cohorts, estimated } = cellCohorts(cells, stats, [...beforePlan, ...years]);
  if (stats.year === null)
    missing.push('Åldersstatistik saknas: pensionsavgångar och övriga avgångar kan inte beräknas.');
  if (volume === null) missing.push(VOLUME_MISSING);

  // An occupation's change in whole people, split over its departments by their staff (largest remainder, so
  // the departments add up to the occupation's change exactly).
  const cellsOf = new Map<string, StaffCell[]>();
  for (const c of cells) cellsOf.set(c.occupation, [...(cellsOf.get(c.occupation) ?? []), c]);
  const volumeSplit = new Map<string, Map<StaffCell, number>>();
  const volumeOf = (cell: StaffCell, year: number): number | null => {
    const change = volume?.get(cell.occupation)?.get(year);
    if (change === undefined) return null;
    const key = `${cell.occupation}\u0000${year}`;
    if (!volumeSplit.has(key)) {
      const group = cellsOf.get(cell.occupation)!;
      const total = Math.round(change * (assumptions.volumeMultiplier ?? 1));
      const weights = group.some((c) => c.permanent > 0) ? group.map((c) => c.permanent) : group.map(() => 1);
      const parts = largestRemainder(Math.abs(total), weights).map((v) => Math.sign(total) * v);
      volumeSplit.set(key, new Map(group.map((c, i) => [c, parts[i]!])));
    }
    return volumeSplit.get(key)!.get(cell)!;
  };

  const rows: NeedRow[] = cells.map((cell) => {
    const co = stats.year === null ? null : cohorts.get(cell)!;
    const reaching65 = years.map((y) => (co ? co.cohort(y) : null));
    const alreadyPast65 = co ? sumOrNull([co.over65, ...beforePlan.map((y) => co.cohort(y))]) : null;
    const { rate, source } = turnoverRate(stats, cell.occupation, assumptions);
    const yearsOut = years.map((year): NeedYear => {
      let retirements: number | null = null;
      if (co && alreadyPast65 !== null) {
        // A cohort turning 65 in year c leaves in c + (age − 65); cohorts before the plan are in alreadyPast65.
        const parts = RETIREMENT_AGES.map((age) => {
          const share = assumptions.retirementAges[age];
          const c = year - (age - 65);
          if (share === 0 || c < first) return 0;
          const count = co.cohort(c);
          return count === null ? null : share * count;
        });
        const fromCohorts = sumOrNull(parts);
        retirements = fromCohorts === null ? null : fromCohorts + alreadyPast65 / years.length;
      }
      const otherDepartures =
        rate === null || stats.year === null ? null : (rate / 100) * Math.max(0, cell.permanent - (retirements ?? 0));
      const volumePart = volume === null ? null : volumeOf(cell, year);
      return needYear(year, retirements, otherDepartures, volumePart);
    });
    return {
      department: cell.department,
      occupation: cell.occupation,
      permanent: cell.permanent,
      turnoverRate: rate,
      turnoverSource: source,
      years: yearsOut,
      reaching65,
      alreadyPast65,
    };
  });

  if (stats.year !== null && stats.turnover.organization === null && stats.turnover.byOccupation.size === 0)
    missing.push('Personalomsättning saknas i statistiken: övriga avgångar kan inte beräknas.');
  if (rows.some((r) => r.reaching65.some((v) => v === null)) && stats.year !== null)
    missing.push('Pensionsstatistiken täcker inte alla planens år.');

  const reaching65 = years.map((_, i) => (stats.year === null ? null : sumOrNull(rows.map((r) => r.reaching65[i]!))));
  const alreadyPast65 = stats.year === null ? null : sumOrNull(rows.map((r) => r.alreadyPast65));
  const known65 = sumOrNull(reaching65);
  return {
    years,
    statisticsYear: stats.year,
    rows,
    totals: totalsOf(rows, years),
    reaching65,
    alreadyPast65,
    retirementNeedAt65: known65 === null || alreadyPast65 === null ? null : known65 + alreadyPast65,
    permanent60plus: cells.reduce((a, c) => a + c.permanent60plus, 0),
    retirementsEstimated: estimated && stats.year !== null,
    formulas: {
      retirements: retirementFormula(assumptions.retirementAges),
      otherDepartures: otherDeparturesFormula(stats.turnoverDefinition),
      volume: VOLUME_FORMULA,
      total: TOTAL_FORMULA,
    },
    missing,
  };
}

function turnoverRate(
  stats: NeedsStatistics,
  occupation: string,
  a: NeedsAssumptions,
): { rate: number | null; source: NeedRow['turnoverSource'] } {
  const own = stats.turnover.byOccupation.get(occupation);
  const base = own ?? stats.turnover.organization;
  if (base === undefined || base === null) return { rate: null, source: null };
  const change = (a.turnoverChange?.all ?? 0) + (a.turnoverChange?.byOccupation?.get(occupation) ?? 0);
  return { rate: Math.max(0, base + change), source: own === undefined ? 'organization' : 'occupation' };
}

export function needYear(
  year: number,
  retirements: number | null,
  otherDepartures: number | null,
  volume: number | null,
  adjustment = 0,
): NeedYear {
  return {
    year,
    retirements,
    otherDepartures,
    volume,
    adjustment,
    total: (retirements ?? 0) + (otherDepartures ?? 0) + (volume ?? 0) + adjustment,
    complete: retirements !== null && otherDepartures !== null && volume !== null,
  };
}

/** Per year over rows: a part is null only when no row knows it; `complete` false when any row lacks a part. */
export function totalsOf(rows: { years: NeedYear[] }[], years: number[]): NeedYear[] {
  return years.map((year, i) => {
    const ys = rows.map((r) => r.years[i]!);
    const add = (pick: (y: NeedYear) => number | null) =>
      ys.some((y) => pick(y) !== null) ? ys.reduce((a, y) => a + (pick(y) ?? 0), 0) : null;
    const adjustment = ys.reduce((a, y) => a + y.adjustment, 0);
    const t = needYear(
      year,
      add((y) => y.retirements),
      add((y) => y.otherDepartures),
      add((y) => y.volume),
      adjustment,
    );
    return { ...t, complete: ys.length > 0 && ys.every((y) => y.complete) };
  });
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}
