/**
 * Pure, deterministic helpers that turn stated totals into generated detail whose sums match exactly.
 * Used by the organisation seed files (norra-innerstaden.ts, socialforvaltningen.ts, skarholmen.ts).
 * No Math.random: the only "randomness" is a seeded PRNG (mulberry32) used to jitter priors.
 */
import { AGE_BANDS } from '../../lib/statistics/measures';
import type { AgeBand, EmploymentForm, Gender, Measure } from '../../lib/statistics/measures';
import type { SeedStatistic } from './types';

// ---------------------------------------------------------------------------------------------
// Basic rounding

/** Round to one decimal (the precision the plans quote percentages with). */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * Largest-remainder (Hamilton) split of an integer total into integer parts proportional to weights.
 * The parts always sum to `total`. Ties are broken by index, so the result is deterministic.
 * All-zero weights split evenly.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new Error(`largestRemainder: bad total ${total}`);
  const n = weights.length;
  if (n === 0) {
    if (total !== 0) throw new Error('largestRemainder: no parts for a non-zero total');
    return [];
  }
  const w = weights.map((x) => (x > 0 ? x : 0));
  let sum = w.reduce((a, b) => a + b, 0);
  if (sum === 0) {
    w.fill(1);
    sum = n;
  }
  const exact = w.map((x) => (x / sum) * total);
  const parts = exact.map((x) => Math.floor(x + 1e-9));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x + 1e-9) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; rest > 0; k = (k + 1) % n) {
    const o = order[k]!;
    if (w[o.i]! > 0 || sum === n) {
      parts[o.i]! += 1;
      rest -= 1;
    }
  }
  return parts;
}

/** Split `total` over keyed items by weight (largest remainder). Items keep their order. */
export function spread<T>(total: number, items: readonly { item: T; weight: number }[]): { item: T; value: number }[] {
  const values = largestRemainder(
    total,
    items.map((x) => x.weight),
  );
  return items.map((x, i) => ({ item: x.item, value: values[i]! }));
}

// ---------------------------------------------------------------------------------------------
// Seeded PRNG

/** Deterministic 32-bit string hash (FNV-1a). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: tiny seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number | string): () => number {
  let a = typeof seed === 'string' ? hashString(seed) : seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Two-way table with exact integer margins

/**
 * Integer table whose row sums equal `rowTotals` and column sums equal `colTotals` exactly, shaped
 * like `prior` (iterative proportional fitting, then controlled rounding one column at a time).
 * `fixed[i][j]` (when a number) pins a cell; pinned cells count towards the margins.
 * The last column processed is the free column with the largest total, so it can absorb the rest.
 */
export function allocateTable(
  rowTotals: readonly number[],
  colTotals: readonly number[],
  prior: readonly (readonly number[])[],
  fixed?: readonly (readonly (number | null | undefined)[])[],
): number[][] {
  const R = rowTotals.length;
  const C = colTotals.length;
  const sumR = rowTotals.reduce((a, b) => a + b, 0);
  const sumC = colTotals.reduce((a, b) => a + b, 0);
  if (sumR !== sumC) throw new Error(`allocateTable: row total ${sumR} != column total ${sumC}`);
  const isFixed = (i: number, j: number) => typeof fixed?.[i]?.[j] === 'number';
  const rt = [...rowTotals];
  const ct = [...colTotals];
  const out: number[][] = Array.from({ length: R }, () => new Array<number>(C).fill(0));
  for (let i = 0; i < R; i++)
    for (let j = 0; j < C; j++)
      if (isFixed(i, j)) {
        const v = fixed![i]![j] as number;
        out[i]![j] = v;
        rt[i]! -= v;
        ct[j]! -= v;
      }
  if (rt.some((x) => x < 0) || ct.some((x) => x < 0)) throw new Error('allocateTable: fixed cells exceed margins');

  let maxPrior = 0;
  for (const row of prior) for (const v of row) maxPrior = Math.max(maxPrior, v);
  const eps = 1e-6 * (1 + maxPrior);
  const p = (i: number, j: number) => (isFixed(i, j) ? 0 : Math.max(prior[i]?.[j] ?? 0, 0) + eps);

  // Column processing order: every column except the largest fully-free one, which goes last.
  const freeCols = [...Array(C).keys()].filter((j) => ![...Array(R).keys()].some((i) => isFixed(i, j)));
  if (freeCols.length === 0) throw new Error('allocateTable: needs at least one column without fixed cells');
  const last = freeCols.reduce((best, j) => (ct[j]! > ct[best]! ? j : best), freeCols[0]!);
  const order = [...Array(C).keys()].filter((j) => j !== last).concat(last);

  const remaining = [...rt];
  for (let k = 0; k < order.length; k++) {
    const j = order[k]!;
    if (k === order.length - 1) {
      for (let i = 0; i < R; i++) out[i]![j]! += remaining[i]!;
      break;
    }
    const rest = order.slice(k);
    const x = ipf(
      remaining,
      rest.map((c) => ct[c]!),
      (i, c) => p(i, rest[c]!),
    );
    const target = x.map((row) => row[0]!);
    const cap = (i: number) => (isFixed(i, j) ? 0 : remaining[i]!);
    const vals = target.map((t, i) => Math.min(Math.floor(t + 1e-9), cap(i)));
    let need = ct[j]! - vals.reduce((a, b) => a + b, 0);
    const byFrac = target
      .map((t, i) => ({ i, frac: t - Math.floor(t + 1e-9) }))
      .sort((a, b) => b.frac - a.frac || a.i - b.i);
    while (need > 0) {
      let progressed = false;
      for (const { i } of byFrac) {
        if (need === 0) break;
        if (vals[i]! < cap(i)) {
          vals[i]! += 1;
          need -= 1;
          progressed = true;
        }
      }
      if (!progressed) throw new Error('allocateTable: infeasible (no capacity left in column)');
    }
    while (need < 0) {
      let progressed = false;
      for (const { i } of [...byFrac].reverse()) {
        if (need === 0) break;
        if (vals[i]! > 0) {
          vals[i]! -= 1;
          need += 1;
          progressed = true;
        }
      }
      if (!progressed) throw new Error('allocateTable: infeasible (cannot reduce column)');
    }
    for (let i = 0; i < R; i++) {
      out[i]![j]! += vals[i]!;
      remaining[i]! -= vals[i]!;
    }
  }
  return out;
}

/** Iterative proportional fitting of a prior to row and column sums (real-valued). */
function ipf(rows: readonly number[], cols: readonly number[], prior: (i: number, j: number) => number): number[][] {
  const R = rows.length;
  const C = cols.length;
  const x = Array.from({ length: R }, (_, i) => Array.from({ length: C }, (_, j) => prior(i, j)));
  for (let iter = 0; iter < 200; iter++) {
    for (let i = 0; i < R; i++) {
      const s = x[i]!.reduce((a, b) => a + b, 0);
      const f = s > 0 ? rows[i]! / s : 0;
      for (let j = 0; j < C; j++) x[i]![j]! *= f;
    }
    let maxDev = 0;
    for (let j = 0; j < C; j++) {
      let s = 0;
      for (let i = 0; i < R; i++) s += x[i]![j]!;
      const f = s > 0 ? cols[j]! / s : 0;
      maxDev = Math.max(maxDev, Math.abs(s - cols[j]!));
      for (let i = 0; i < R; i++) x[i]![j]! *= f;
    }
    if (maxDev < 1e-9) break;
  }
  return x;
}

// ---------------------------------------------------------------------------------------------
// Headcount cube

export type CubeCell = { department: string; occupation: string; count: number };

export type HeadcountCubeSpec = {
  year: number;
  employmentForm: EmploymentForm;
  /** Exact headcount per department × occupation (zero cells may be omitted). */
  cells: readonly CubeCell[];
  /** Prior share of women for a cell, 0–1. */
  womenShare: (cell: CubeCell) => number;
  /** Prior age profile for a cell: six weights in AGE_BANDS order. */
  ageProfile: (cell: CubeCell) => readonly number[];
  /** Exact number of women across the cube; otherwise rounded from the priors. */
  womenTotal?: number;
  /** Exact age-band totals across the cube (or a function of the fractional totals the priors imply). */
  ageTotals?: readonly number[] | ((implied: readonly number[]) => number[]);
  /** Pinned age-band totals per department (the other bands are fitted around them). */
  fixedAgeByDepartment?: Record<string, Partial<Record<AgeBand, number>>>;
  /** Seed for a small deterministic jitter of the priors, so cells are not perfectly proportional. */
  seed?: string;
};

const GENDER_ORDER: readonly Gender[] = ['woman', 'man'];

/**
 * Full cross cube (department × occupation × gender × age band) for one year and employment form.
 * Department totals, occupation totals per department, the women total and the age totals are exact;
 * everything else follows the priors. Rows with value 0 are omitted. All rows are stated: false.
 */
export function buildHeadcountCube(spec: HeadcountCubeSpec): SeedStatistic[] {
  const rnd = seededRandom(spec.seed ?? `${spec.year}-${spec.employmentForm}`);
  const cells = spec.cells.filter((c) => c.count > 0);
  const jittered = cells.map((c) => {
    const share = Math.min(0.98, Math.max(0.02, spec.womenShare(c) + (rnd() - 0.5) * 0.08));
    const prof = spec.ageProfile(c);
    if (prof.length !== AGE_BANDS.length) throw new Error('ageProfile must have six weights');
    const raw = prof.map((w) => (w > 0 ? w * (0.85 + rnd() * 0.3) : 0));
    const s = raw.reduce((a, b) => a + b, 0) || 1;
    return { cell: c, share, profile: raw.map((w) => w / s) };
  });
  const departments = [...new Set(cells.map((c) => c.department))];
  const total = cells.reduce((a, c) => a + c.count, 0);
  const deptTotals = departments.map((d) => cells.filter((c) => c.department === d).reduce((a, c) => a + c.count, 0));
  const inDept = (d: string) => jittered.filter((x) => x.cell.department === d);

  // 1. women / men per department
  const impliedWomen = jittered.reduce((a, x) => a + x.cell.count * x.share, 0);
  const womenTotal = spec.womenTotal ?? Math.round(impliedWomen);
  const deptGender = allocateTable(
    deptTotals,
    [womenTotal, total - womenTotal],
    departments.map((d) => {
      const xs = inDept(d);
      return [
        xs.reduce((a, x) => a + x.cell.count * x.share, 0),
        xs.reduce((a, x) => a + x.cell.count * (1 - x.share), 0),
      ];
    }),
  );

  // 2. age bands per department
  const impliedAge = AGE_BANDS.map((_, a) => jittered.reduce((s, x) => s + x.cell.count * x.profile[a]!, 0));
  const pinned = (d: string, a: number) => spec.fixedAgeByDepartment?.[d]?.[AGE_BANDS[a]!];
  const ageTotals =
    typeof spec.ageTotals === 'function'
      ? spec.ageTotals(impliedAge)
      : spec.ageTotals
        ? [...spec.ageTotals]
        : (() => {
            // Pinned cells count as they are; the rest of the total follows the unpinned priors.
            const pinnedSum = AGE_BANDS.map((_, a) => departments.reduce((s, d) => s + (pinned(d, a) ?? 0), 0));
            const freeImplied = AGE_BANDS.map((_, a) =>
              departments.reduce(
                (s, d) =>
                  s +
                  (pinned(d, a) === undefined ? inDept(d).reduce((t, x) => t + x.cell.count * x.profile[a]!, 0) : 0),
                0,
              ),
            );
            const free = largestRemainder(total - pinnedSum.reduce((a, b) => a + b, 0), freeImplied);
            return AGE_BANDS.map((_, a) => pinnedSum[a]! + free[a]!);
          })();
  if (ageTotals.reduce((a, b) => a + b, 0) !== total)
    throw new Error('buildHeadcountCube: age totals do not sum to total');
  const fixedAge = departments.map((d) => AGE_BANDS.map((band) => spec.fixedAgeByDepartment?.[d]?.[band] ?? null));
  const deptAge = allocateTable(
    deptTotals,
    ageTotals,
    departments.map((d) => AGE_BANDS.map((_, a) => inDept(d).reduce((s, x) => s + x.cell.count * x.profile[a]!, 0))),
    fixedAge,
  );

  // 3. gender × age per department, then 4. occupation × (gender, age) per department
  const rows: SeedStatistic[] = [];
  departments.forEach((d, di) => {
    const xs = inDept(d);
    const ga = allocateTable(
      deptGender[di]!,
      deptAge[di]!,
      GENDER_ORDER.map((_, g) =>
        AGE_BANDS.map((_, a) =>
          xs.reduce((s, x) => s + x.cell.count * (g === 0 ? x.share : 1 - x.share) * x.profile[a]!, 0),
        ),
      ),
    );
    const gaFlat = ga.flat();
    const occTable = allocateTable(
      xs.map((x) => x.cell.count),
      gaFlat,
      xs.map((x) =>
        GENDER_ORDER.flatMap((_, g) =>
          AGE_BANDS.map((_, a) => x.cell.count * (g === 0 ? x.share : 1 - x.share) * x.profile[a]!),
        ),
      ),
    );
    xs.forEach((x, oi) => {
      GENDER_ORDER.forEach((gender, g) => {
        AGE_BANDS.forEach((ageBand, a) => {
          const value = occTable[oi]![g * AGE_BANDS.length + a]!;
          if (value > 0)
            rows.push({
              measure: 'headcount',
              year: spec.year,
              department: d,
              occupation: x.cell.occupation,
              employmentForm: spec.employmentForm,
              gender,
              ageBand,
              value,
              stated: false,
            });
        });
      });
    });
  });
  return rows;
}

/**
 * Exact department × occupation cells from occupation totals and, per occupation, department weights.
 * `layout[occupation][department] = weight`. Occupation totals are split by largest remainder.
 */
export function cellsFromLayout(
  occupationTotals: Record<string, number>,
  layout: Record<string, Record<string, number>>,
): CubeCell[] {
  const cells: CubeCell[] = [];
  for (const [occupation, count] of Object.entries(occupationTotals)) {
    const depts = Object.entries(layout[occupation] ?? {});
    if (depts.length === 0) throw new Error(`cellsFromLayout: no departments for ${occupation}`);
    spread(
      count,
      depts.map(([department, weight]) => ({ item: department, weight })),
    ).forEach(({ item, value }) => {
      if (value > 0) cells.push({ department: item, occupation, count: value });
    });
  }
  return cells;
}

/** Occupation totals from weights, exact to `total` (largest remainder). */
export function occupationTotals(total: number, weights: Record<string, number>): Record<string, number> {
  const keys = Object.keys(weights);
  const vals = largestRemainder(
    total,
    keys.map((k) => weights[k]!),
  );
  return Object.fromEntries(keys.map((k, i) => [k, vals[i]!]));
}

// ---------------------------------------------------------------------------------------------
// Summing and rates

export type StatFilter = Partial<Omit<SeedStatistic, 'value' | 'stated' | 'population'>>;

/** Rows matching every given field of the filter (fields set to undefined are ignored). */
export function filterStats(stats: readonly SeedStatistic[], filter: StatFilter): SeedStatistic[] {
  const entries = Object.entries(filter).filter(([, v]) => v !== undefined) as [keyof SeedStatistic, unknown][];
  return stats.filter((s) => entries.every(([k, v]) => s[k] === v));
}

/** Sum of values of the rows matching the filter. */
export function sumStats(stats: readonly SeedStatistic[], filter: StatFilter): number {
  return filterStats(stats, filter).reduce((a, s) => a + s.value, 0);
}

/** Sum of rows grouped by one dimension. */
export function sumBy<K extends 'department' | 'occupation' | 'gender' | 'ageBand' | 'employmentForm' | 'category'>(
  stats: readonly SeedStatistic[],
  filter: StatFilter,
  key: K,
): Map<NonNullable<SeedStatistic[K]>, number> {
  const m = new Map<NonNullable<SeedStatistic[K]>, number>();
  for (const s of filterStats(stats, filter)) {
    const k = s[key];
    if (k === undefined) continue;
    m.set(k as NonNullable<SeedStatistic[K]>, (m.get(k as NonNullable<SeedStatistic[K]>) ?? 0) + s.value);
  }
  return m;
}

/**
 * Scale relative rates so that their population-weighted mean equals `overall`, then round to one
 * decimal. Used for generated breakdowns of a stated overall percentage.
 */
export function scaleRates(groups: readonly { population: number; relative: number }[], overall: number): number[] {
  const pop = groups.reduce((a, g) => a + g.population, 0);
  const weighted = groups.reduce((a, g) => a + g.population * g.relative, 0);
  const f = weighted > 0 ? (overall * pop) / weighted : 0;
  return groups.map((g) => round1(g.relative * f));
}

/** Percentage statistic row helper. */
export function percentRow(
  measure: Measure,
  year: number,
  value: number,
  population: number | undefined,
  stated: boolean,
  dims: Partial<
    Pick<SeedStatistic, 'department' | 'occupation' | 'employmentForm' | 'gender' | 'ageBand' | 'category' | 'tertial'>
  > = {},
): SeedStatistic {
  const row: SeedStatistic = { measure, year, ...dims, value, stated };
  if (population !== undefined) row.population = population;
  return row;
}

// ---------------------------------------------------------------------------------------------
// Derived measures from a headcount cube

/** Headcount per department for one occupation (and employment form) in a cube: weights for flows. */
export function departmentWeights(
  cube: readonly SeedStatistic[],
  occupation: string,
  employmentForm?: EmploymentForm,
): Record<string, number> {
  return Object.fromEntries(sumBy(cube, { measure: 'headcount', occupation, employmentForm }, 'department'));
}

export type FlowCombo = { category: string; subcategory?: string; weight: number };

/**
 * Departures or recruitments at the grain department × occupation × employment form × category
 * (× subcategory). Each occupation's total is exact; it is spread over departments (by `departmentWeights`)
 * and categories (by combo weights) with largest remainder. All rows are stated: false.
 */
export function flowRows(opts: {
  measure: 'departures' | 'recruitments';
  year: number;
  employmentForm: EmploymentForm;
  occupationTotals: Record<string, number>;
  departmentWeights: (occupation: string) => Record<string, number>;
  combos: readonly FlowCombo[] | ((occupation: string) => readonly FlowCombo[]);
}): SeedStatistic[] {
  const rows: SeedStatistic[] = [];
  for (const [occupation, total] of Object.entries(opts.occupationTotals)) {
    if (total <= 0) continue;
    const depts = Object.entries(opts.departmentWeights(occupation)).filter(([, w]) => w > 0);
    if (depts.length === 0) throw new Error(`flowRows: no department for ${occupation}`);
    const combos = typeof opts.combos === 'function' ? opts.combos(occupation) : opts.combos;
    const items = depts.flatMap(([department, dw]) =>
      combos.map((c) => ({ item: { department, c }, weight: dw * c.weight })),
    );
    for (const { item, value } of spread(total, items)) {
      if (value === 0) continue;
      const row: SeedStatistic = {
        measure: opts.measure,
        year: opts.year,
        department: item.department,
        occupation,
        employmentForm: opts.employmentForm,
        category: item.c.category,
        value,
        stated: false,
      };
      if (item.c.subcategory) row.subcategory = item.c.subcategory;
      rows.push(row);
    }
  }
  return rows;
}

/**
 * Retirement forecast per department from the cube: "over65" = everyone already 65+ (all employment
 * forms in the cube); the year someone turns 65 is spread evenly over the five ages in band 60–64
 * (age 64 turns 65 next year, …). Returns rows for `years` (each must be within year+1..year+5).
 */
export function retirementRowsFromCube(
  cube: readonly SeedStatistic[],
  year: number,
  years: readonly number[],
  opts: { includeOver65?: boolean } = {},
): SeedStatistic[] {
  const rows: SeedStatistic[] = [];
  const over65 = sumBy(cube, { measure: 'headcount', ageBand: '65+' }, 'department');
  const band = sumBy(cube, { measure: 'headcount', ageBand: '60-64' }, 'department');
  const departments = [...new Set(cube.map((r) => r.department).filter((d): d is string => !!d))];
  for (const department of departments) {
    if (opts.includeOver65 !== false) {
      const v = over65.get(department) ?? 0;
      if (v > 0) rows.push({ measure: 'retirements', year, department, category: 'over65', value: v, stated: false });
    }
    const perAge = largestRemainder(band.get(department) ?? 0, [1, 1, 1, 1, 1]); // ages 64, 63, 62, 61, 60
    for (const y of years) {
      const v = perAge[y - year - 1];
      if (v === undefined) throw new Error(`retirementRowsFromCube: ${y} is outside ${year + 1}..${year + 5}`);
      if (v > 0) rows.push({ measure: 'retirements', year, department, category: String(y), value: v, stated: false });
    }
  }
  return rows;
}

/** Employees per manager per department (all employment forms in the cube); managers = given occupations. */
export function spanOfControlRows(
  cube: readonly SeedStatistic[],
  year: number,
  managerOccupations: readonly string[],
): SeedStatistic[] {
  const totals = sumBy(cube, { measure: 'headcount' }, 'department');
  const rows: SeedStatistic[] = [];
  for (const [department, total] of totals) {
    const managers = managerOccupations.reduce(
      (a, o) => a + sumStats(cube, { measure: 'headcount', department, occupation: o }),
      0,
    );
    if (managers === 0) throw new Error(`spanOfControlRows: no managers in ${department}`);
    rows.push({
      measure: 'spanOfControl',
      year,
      department,
      value: round1((total - managers) / managers),
      population: total,
      stated: false,
    });
  }
  return rows;
}

/**
 * Full-time share overall, by gender and by age band, plus the overall part-time count, for a
 * population of headcount rows. Part-timers are spread by propensity × population (largest remainder,
 * capped at the group size), and each share is (population − part-time) / population.
 */
export function fullTimeRows(opts: {
  year: number;
  population: readonly SeedStatistic[];
  partTime: number;
  partTimeStated: boolean;
  overallStated?: number;
  genderPartTime?: Record<Gender, number>;
  genderStated?: Partial<Record<Gender, number>>;
  genderPropensity?: Record<Gender, number>;
  agePropensity: readonly number[];
  /** Decimals as the seed writes the stated shares ("91 %" → 0, "98,4 %" → 1). */
  statedDecimals?: number;
}): SeedStatistic[] {
  const { year } = opts;
  const total = opts.population.reduce((a, r) => a + r.value, 0);
  const rows: SeedStatistic[] = [];
  const overall = opts.overallStated ?? round1(((total - opts.partTime) / total) * 100);
  const overallRow = percentRow('fullTimeShare', year, overall, total, opts.overallStated !== undefined);
  if (opts.overallStated !== undefined && opts.statedDecimals !== undefined) overallRow.decimals = opts.statedDecimals;
  rows.push(overallRow);
  rows.push({ measure: 'partTimeCount', year, value: opts.partTime, stated: opts.partTimeStated });

  const byGender = sumBy(opts.population, {}, 'gender');
  const genders: Gender[] = ['woman', 'man'];
  const gpt =
    opts.genderPartTime ??
    (Object.fromEntries(
      genders.map((g, i) => [
        g,
        largestRemainder(
          opts.partTime,
          genders.map((x) => (byGender.get(x) ?? 0) * (opts.genderPropensity?.[x] ?? 1)),
        )[i]!,
      ]),
    ) as Record<Gender, number>);
  for (const g of genders) {
    const pop = byGender.get(g) ?? 0;
    if (pop === 0) continue;
    const stated = opts.genderStated?.[g];
    const value = stated ?? round1(((pop - gpt[g]) / pop) * 100);
    const row = percentRow('fullTimeShare', year, value, pop, stated !== undefined, { gender: g });
    if (stated !== undefined && opts.statedDecimals !== undefined) row.decimals = opts.statedDecimals;
    rows.push(row);
  }

  const byAge = sumBy(opts.population, {}, 'ageBand');
  const pops = AGE_BANDS.map((a) => byAge.get(a) ?? 0);
  const apt = capped(
    opts.partTime,
    pops,
    pops.map((p, i) => p * (opts.agePropensity[i] ?? 1)),
  );
  AGE_BANDS.forEach((ageBand, i) => {
    const pop = pops[i]!;
    if (pop === 0) return;
    rows.push(percentRow('fullTimeShare', year, round1(((pop - apt[i]!) / pop) * 100), pop, false, { ageBand }));
  });
  return rows;
}

/** Largest remainder with per-part caps (overflow goes to parts with room, in weight order). */
function capped(total: number, caps: readonly number[], weights: readonly number[]): number[] {
  const parts = largestRemainder(total, weights).map((v, i) => Math.min(v, caps[i]!));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = weights.map((w, i) => ({ w, i })).sort((a, b) => b.w - a.w || a.i - b.i);
  while (rest > 0) {
    const room = order.find(({ i }) => parts[i]! < caps[i]!);
    if (!room) throw new Error('capped: total exceeds capacity');
    parts[room.i]! += 1;
    rest -= 1;
  }
  return parts;
}

/** Age-band totals adjusted so that the two oldest bands (60–64, 65+) sum to `sixtyPlus`. */
export function withSixtyPlus(total: number, implied: readonly number[], sixtyPlus: number): number[] {
  const old = largestRemainder(sixtyPlus, [implied[4]!, implied[5]!]);
  const young = largestRemainder(total - sixtyPlus, implied.slice(0, 4));
  return [...young, ...old];
}

/** Mean age of a set of headcount rows using band midpoints (-29 → 25, 65+ → 66). */
export function meanAge(rows: readonly SeedStatistic[]): number {
  const mid: Record<AgeBand, number> = {
    '-29': 25,
    '30-39': 34.5,
    '40-49': 44.5,
    '50-59': 54.5,
    '60-64': 62,
    '65+': 66,
  };
  let n = 0;
  let s = 0;
  for (const r of rows) {
    if (!r.ageBand) continue;
    n += r.value;
    s += r.value * mid[r.ageBand];
  }
  return n ? s / n : 0;
}
