/**
 * Which counts the dashboards show, as one model per measure and year over the whole organisation, and the
 * suppression decided on it (suppression/cells.ts). A view (the organisation, one department, any year) looks
 * its cells up here instead of suppressing its own grid, so every view shows the same pattern and no view can
 * be subtracted from another to reveal a hidden cell (issue 6, items 6–8).
 *
 * Every count a chart shows must be a cell of this model: a chart asks `protection.reason(cell, value)`, and a
 * cell the model does not hold, or holds with another value, is hidden ("fail closed") and listed in `misses`.
 * Add a table to `tablesFor` when a chart shows a new breakdown. Pure.
 */
import { type ProtectionRelation, type ProtectionVariable, protectCells } from '../suppression/cells';
import { OVER_65_CODE } from '../import/values';
import {
  AGE_BANDS,
  DEPARTURE_REASONS,
  EMPLOYMENT_FORMS,
  GENDERS,
  INCIDENT_KINDS,
  RECRUITMENT_ROUTES,
  STATISTIC_DIMENSIONS,
} from '../measures';
import { RATE_MEASURES, decideRates } from '../suppression/rates';
import type { SuppressionReason } from '../suppression/rule';
import { type DashboardInput, type RowFilter, type StatRow, aggregate } from './rows';

/** One count: the fields it is about (absent = all). */
export type CellRef = {
  measure: string;
  year: number;
  tertial?: number;
  department?: string;
  occupation?: string;
  employmentForm?: string;
  gender?: string;
  ageBand?: string;
  category?: string;
};

const FIELDS = ['measure', 'year', 'tertial', ...STATISTIC_DIMENSIONS] as const;

export function cellKey(ref: CellRef): string {
  // A loop, not filter/map/join: the suppression planner makes hundreds of thousands of keys per organisation.
  let key = '';
  for (const f of FIELDS) {
    const value = ref[f];
    if (value !== undefined) key += key ? `|${f}=${value}` : `${f}=${value}`;
  }
  return key;
}

/** The age pyramid's summary counts staff aged 60 or more: 60–64 and 65+. */
export const OLDEST_AGE_BANDS = { label: '60+', values: ['60-64', '65+'] };

/** The retirement range (retirementForecast): who can leave at 65 and who at 69 over the next three years. */
export function retirementGroups(year: number) {
  const horizon = [year + 1, year + 2, year + 3].map(String);
  const eligible = [OVER_65_CODE, ...[year - 3, year - 2, year - 1, year].map(String)];
  return {
    horizon,
    eligible: { label: 'redan-65', values: eligible },
    highest: { label: 'slutar-vid-65', values: [...horizon, ...eligible] },
    lowest: { label: 'arbetar-till-69', values: [year - 3, year - 2, year - 1].map(String) },
  };
}

/** The measures whose counts are shown (on the dashboards or in plan text); rates are decided in
 * suppression/rates.ts on the population behind them and the counts they imply. */
export const PROTECTED_MEASURES = [
  'headcount',
  'partTimeCount',
  'departures',
  'recruitments',
  'retirements',
  'incidents',
] as const;

type Dim = 'occupation' | 'employmentForm' | 'gender' | 'ageBand' | 'category';
type Group = { label: string; values: string[] };
/** A shown sum: each named dimension summed over all its values ('all') or over a group; the others one by one. */
type Sum = Partial<Record<Dim, 'all' | Group>>;
type Table = {
  base: RowFilter & CellRef;
  dims: { name: Dim; values: string[] }[];
  sums: Sum[];
  /** Further sums a reader can form from shown cells, in one dimension's values and group labels. */
  links?: { dim: Dim; total: string; parts: string[] }[];
  /**
   * Never shown, but its relations hold and its zeros are known (plan text says "uppgift saknas"): cells only
   * such tables hold are hidden variables, so the audit reasons with what a reader can infer through them.
   */
  hidden?: true;
};

const withData = (rows: StatRow[], dim: Dim, known: readonly string[]) => [
  ...new Set([...known, ...rows.map((r) => r[dim]).filter((v): v is string => v !== null)]),
];

/** The breakdowns the charts show for one measure and year (dashboard/*.ts). */
function tablesFor(measure: string, year: number, rows: StatRow[]): Table[] {
  const base = { measure, year };
  switch (measure) {
    case 'headcount':
      return [
        // Ålder och kön: the grid, its total and the 60+ count in the summary.
        {
          base,
          dims: [
            { name: 'ageBand', values: [...AGE_BANDS] },
            { name: 'gender', values: [...GENDERS] },
          ],
          sums: [
            { ageBand: 'all', gender: 'all' },
            { ageBand: OLDEST_AGE_BANDS, gender: 'all' },
          ],
        },
        // Relations a reader of plan text knows without seeing the cells: a gender's head count is its age bands'
        // and its employment forms' sum ("uppgift saknas" tells a zero). Gender splits themselves are not shown.
        {
          base,
          dims: [
            { name: 'employmentForm', values: withData(rows, 'employmentForm', EMPLOYMENT_FORMS) },
            { name: 'gender', values: withData(rows, 'gender', GENDERS) },
          ],
          sums: [{ employmentForm: 'all' }, { gender: 'all' }],
          hidden: true,
        },
        {
          base,
          dims: [
            { name: 'ageBand', values: [...AGE_BANDS] },
            { name: 'gender', values: [...GENDERS] },
          ],
          sums: [{ ageBand: 'all' }],
          hidden: true,
        },
        // Anställningsformer, whose total is the same head count.
        {
          base,
          dims: [{ name: 'employmentForm', values: withData(rows, 'employmentForm', EMPLOYMENT_FORMS) }],
          sums: [{ employmentForm: 'all' }],
        },
        // De tio vanligaste befattningarna: occupation × form; a form's column adds up to its count above. (An
        // occupation's total over every form is not modelled, so plan text withholds it: modelled, the audit let
        // an attacker recover cells through it.)
        {
          base,
          dims: [
            { name: 'occupation', values: withData(rows, 'occupation', []) },
            { name: 'employmentForm', values: ['permanent', 'fixedTerm'] },
          ],
          sums: [{ occupation: 'all' }],
        },
      ];
    case 'departures':
    case 'recruitments':
      return [
        {
          base: { ...base, employmentForm: 'permanent' },
          dims: [
            {
              name: 'category',
              values: withData(rows, 'category', measure === 'departures' ? DEPARTURE_REASONS : RECRUITMENT_ROUTES),
            },
          ],
          sums: [{ category: 'all' }],
        },
        // Plan text: every employment form, and all of them together.
        {
          base,
          dims: [
            { name: 'employmentForm', values: withData(rows, 'employmentForm', EMPLOYMENT_FORMS) },
            {
              name: 'category',
              values: withData(rows, 'category', measure === 'departures' ? DEPARTURE_REASONS : RECRUITMENT_ROUTES),
            },
          ],
          sums: [{ category: 'all' }, { employmentForm: 'all', category: 'all' }],
        },
      ];
    case 'retirements': {
      const groups = retirementGroups(year);
      return [
        {
          base,
          dims: [{ name: 'category', values: withData(rows, 'category', [...groups.highest.values]) }],
          sums: [
            { category: groups.eligible },
            { category: groups.highest },
            { category: groups.lowest },
            { category: 'all' }, // the total, as plan text may show it
          ],
          // The summary's highest is this period's 65-year-olds plus those already 65 (the definition's figure).
          links: [{ dim: 'category', total: groups.highest.label, parts: [...groups.horizon, groups.eligible.label] }],
        },
      ];
    }
    case 'incidents':
      return [1, 2, 3].map((tertial) => ({
        base: { ...base, tertial },
        dims: [{ name: 'category', values: withData(rows, 'category', INCIDENT_KINDS) }],
        sums: [{ category: 'all' }],
      }));
    default:
      // Any other count (part-timers): its total, per department and for the organisation.
      return [{ base, dims: [], sums: [] }];
  }
}

/** Stands for whatever the organisation counts beyond its departments (units, staff outside any department). */
const OUTSIDE_DEPARTMENTS = '\u0000utanför avdelningarna';

export type BlockProtection = Map<string, { value: number; reason: SuppressionReason | null }>;

/**
 * Suppression for one measure and year over the whole organisation. `rows` are all of the organisation's rows
 * of that measure and year (every department); `departments` the departments a viewer can choose.
 */
export function protectBlock(measure: string, year: number, rows: StatRow[], departments: string[]): BlockProtection {
  const tables = tablesFor(measure, year, rows);
  const named = [...new Set([...departments, ...rows.map((r) => r.department).filter((d): d is string => !!d)])];
  const rowsOf = new Map<string, StatRow[]>(named.map((d) => [d, []]));
  for (const row of rows) if (row.department) rowsOf.get(row.department)!.push(row);

  const refs = new Map<string, CellRef>(); // cell key (organisation level) → ref
  const values = new Map<string, Map<string | null, number>>(); // cell key → scope (null = organisation) → value
  const sums = new Map<string, { key: string; members: string[] }>(); // shown sums and the full cells they add up
  const shownKeys = new Set<string>();
  let recordingShown = true;
  const record = (ref: CellRef, scope: string | null, value: number) => {
    const key = cellKey(ref);
    refs.set(key, ref);
    if (recordingShown) shownKeys.add(key);
    if (!values.has(key)) values.set(key, new Map());
    const byScope = values.get(key)!;
    if (!byScope.has(scope)) byScope.set(scope, value);
    return key;
  };

  // Sums by the same dimensions recur across tables (the head count's grids share their margins): each once.
  const sumsBy = new Map<string, Map<string, number>>();
  for (const table of tables) {
    recordingShown = !table.hidden;
    const dimNames = table.dims.map((d) => d.name);
    for (const scope of [null, ...named]) {
      const scopeRows = scope === null ? rows : rowsOf.get(scope)!;
      const coarseBy = (dims: Dim[]) => {
        const k = `${scope ?? '\u0000'}\n${cellKey(table.base)}\n${dims.join()}`;
        let sums = sumsBy.get(k);
        if (!sums) sumsBy.set(k, (sums = aggregate(scopeRows, table.base, dims)));
        return sums;
      };
      const full = coarseBy(dimNames);
      const fullKeys = new Map<string, string>(); // values joined with | → cell key
      for (const combo of product(table.dims.map((d) => d.values))) {
        const ref = baseRef(table.base);
        combo.forEach((v, i) => (ref[dimNames[i]!] = v));
        fullKeys.set(combo.join('|'), record(ref, scope, full.get(combo.join('|')) ?? 0));
      }
      for (const sum of table.sums) {
        const single = table.dims.filter((d) => sum[d.name] === undefined);
        const summed = table.dims.filter((d) => sum[d.name] !== undefined);
        for (const combo of product(single.map((d) => d.values))) {
          const ref = baseRef(table.base);
          combo.forEach((v, i) => (ref[single[i]!.name] = v));
          for (const d of summed) {
            const s = sum[d.name]!;
            if (s !== 'all') ref[d.name] = s.label;
          }
          const memberCombos = product(
            table.dims.map((d) => {
              const s = sum[d.name];
              if (s === undefined) return [ref[d.name]!];
              return s === 'all' ? d.values : s.values;
            }),
          );
          const membersTotal = memberCombos.reduce((n, c) => n + (full.get(c.join('|')) ?? 0), 0);
          // A sum over whole dimensions is what the rows state (aggregate takes a stated total where there is
          // one, which may hold more than the parts); a group is the chart's own addition.
          const value = summed.every((d) => sum[d.name] === 'all')
            ? (coarseBy(single.map((d) => d.name)).get(combo.join('|')) ?? 0)
            : membersTotal;
          const key = record(ref, scope, value);
          const members = memberCombos.map((c) => fullKeys.get(c.join('|'))!);
          sums.set(`${key}=${members.join('+')}`, { key, members });
        }
      }
    }
  }

  for (const table of tables)
    for (const link of table.links ?? []) {
      const ref = (value: string) => cellKey({ ...baseRef(table.base), [link.dim]: value });
      sums.set(`link:${ref(link.total)}`, { key: ref(link.total), members: link.parts.map(ref) });
    }

  const variables = new Map<string, ProtectionVariable>();
  const relations: ProtectionRelation[] = [];
  const scopes = [null, ...named, OUTSIDE_DEPARTMENTS];
  const scopedKeys = new Map<string, Map<string, string>>(); // cell key → department → its key there
  const keyIn = (key: string, scope: string | null) => {
    if (scope === null) return key;
    let byScope = scopedKeys.get(key);
    if (!byScope) scopedKeys.set(key, (byScope = new Map()));
    let scoped = byScope.get(scope);
    if (scoped === undefined) byScope.set(scope, (scoped = cellKey({ ...refs.get(key)!, department: scope })));
    return scoped;
  };
  const valueOf = (key: string, scope: string | null): number => {
    const byScope = values.get(key)!;
    if (scope !== OUTSIDE_DEPARTMENTS) return byScope.get(scope) ?? 0;
    return (byScope.get(null) ?? 0) - named.reduce((n, d) => n + (byScope.get(d) ?? 0), 0);
  };
  // Every cell in every scope: shown for the organisation and the departments, never for what lies outside them.
  for (const key of values.keys())
    for (const scope of scopes) {
      const k = keyIn(key, scope);
      variables.set(k, {
        key: k,
        value: valueOf(key, scope),
        shown: scope !== OUTSIDE_DEPARTMENTS && shownKeys.has(key),
      });
    }
  // The organisation is the sum of its departments and of what lies outside them.
  for (const key of values.keys())
    relations.push({ total: key, parts: [...named, OUTSIDE_DEPARTMENTS].map((d) => keyIn(key, d)) });
  // Within each scope, a shown sum is its full cells plus what a stated total holds beyond them.
  for (const [sumKey, { key, members }] of sums)
    for (const scope of scopes) {
      const parts = members.map((m) => keyIn(m, scope));
      const difference = valueOf(key, scope) - members.reduce((n, m) => n + valueOf(m, scope), 0);
      if (difference !== 0) {
        const rest = `ρ|${scope ?? ''}|${sumKey}`;
        variables.set(rest, { key: rest, value: difference, shown: false, signed: true });
        parts.push(rest);
      }
      relations.push({ total: keyIn(key, scope), parts });
    }

  const result = protectCells([...variables.values()], relations);
  const out: BlockProtection = new Map();
  for (const v of variables.values())
    if (v.shown) out.set(v.key, { value: v.value, reason: result.get(v.key) ?? null });
  return out;
}

/** A stated rate's decision (suppression/rates.ts) as a block, keyed like counts. */
export function protectRates(measure: string, rows: StatRow[]): BlockProtection {
  const out: BlockProtection = new Map();
  for (const [key, { row, reason }] of decideRates(measure, rows, (r) => cellKey(refOfRow(r))))
    out.set(key, { value: row.value, reason });
  return out;
}

/** The cell a stored row states (null dimensions left out). */
export function refOfRow(row: StatRow): CellRef {
  const ref: CellRef = { measure: row.measure, year: row.year };
  for (const f of FIELDS.slice(2)) {
    const v = row[f];
    if (v !== null) (ref as Record<string, unknown>)[f] = v;
  }
  return ref;
}

/** The cell a plan figure's binding names; null when it names a dimension the model does not know. */
export function refOfBinding(binding: {
  measure: string;
  year: number;
  dimensions: Record<string, string>;
}): CellRef | null {
  const ref: CellRef = { measure: binding.measure, year: binding.year };
  for (const [dim, value] of Object.entries(binding.dimensions)) {
    if (!(FIELDS as readonly string[]).includes(dim) || dim === 'measure' || dim === 'year' || dim === 'tertial')
      return null;
    (ref as Record<string, unknown>)[dim] = value;
  }
  return ref;
}

function baseRef(base: Table['base']): CellRef {
  const ref: CellRef = { measure: base.measure, year: base.year };
  if (base.tertial !== undefined) ref.tertial = base.tertial;
  if (base.employmentForm !== undefined) ref.employmentForm = base.employmentForm;
  return ref;
}

function product(lists: string[][]): string[][] {
  return lists.reduce<string[][]>((acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])), [[]]);
}

/** What a view asks: is this count shown, and if not, why. */
export type Protection = {
  reason(ref: CellRef, value: number): SuppressionReason | null;
  /** Whether the model holds this count with this value (plan text withholds what it does not). */
  holds(ref: CellRef, value: number): boolean;
  /** Counts a chart showed that the model does not hold (a modelling gap): hidden, listed for the tests. */
  misses: string[];
};

export function protectionFrom(blocks: BlockProtection[]): Protection {
  const all = new Map<string, { value: number; reason: SuppressionReason | null }>();
  for (const block of blocks) for (const [k, v] of block) all.set(k, v);
  const misses: string[] = [];
  return {
    misses,
    holds(ref, value) {
      const cell = all.get(cellKey(ref));
      return cell !== undefined && Math.abs(cell.value - value) <= 1e-9;
    },
    reason(ref, value) {
      const key = cellKey(ref);
      const cell = all.get(key);
      if (!cell || Math.abs(cell.value - value) > 1e-9) {
        misses.push(`${key}: ${value}${cell ? ` (modellen: ${cell.value})` : ' (saknas i modellen)'}`);
        return 'complementary';
      }
      return cell.reason;
    },
  };
}

/**
 * Suppression for every protected measure of the given years, from all of the organisation's rows. A block
 * depends only on its own rows and the departments, so `cached` may return one decided earlier for the same
 * rows (the caller chooses the key: measure, year and the rows' content).
 */
export function planProtection(
  rows: StatRow[],
  years: number[],
  departments: string[],
  cached: (measure: string, year: number, rows: StatRow[], decide: () => BlockProtection) => BlockProtection = (
    _m,
    _y,
    _r,
    decide,
  ) => decide(),
): Protection {
  const blocks: BlockProtection[] = [];
  for (const measure of PROTECTED_MEASURES)
    for (const year of years) {
      const blockRows = rows.filter((r) => r.measure === measure && r.year === year);
      blocks.push(cached(measure, year, blockRows, () => protectBlock(measure, year, blockRows, departments)));
    }
  for (const measure of RATE_MEASURES)
    for (const year of years) {
      const blockRows = rows.filter((r) => r.measure === measure && r.year === year);
      blocks.push(cached(measure, year, blockRows, () => protectRates(measure, blockRows)));
    }
  return protectionFrom(blocks);
}

/** Asks whether a count is shown in this view; `ref` without a department means the view's own level. */
export type CellMask = (ref: CellRef, value: number) => SuppressionReason | null;

const planned = new WeakMap<DashboardInput, Protection>();

export function maskFor(input: DashboardInput): CellMask {
  if (!input.suppress) return () => null;
  let protection = input.protection ?? planned.get(input);
  if (!protection) {
    // No organisation-wide plan handed in (a test or a caller with one view's rows): plan on these rows alone.
    protection = planProtection(input.rows, [input.year, input.year - 1], input.department ? [input.department] : []);
    planned.set(input, protection);
  }
  const department = input.department ?? undefined;
  const p = protection;
  return (ref, value) => p.reason(department && ref.department === undefined ? { ...ref, department } : ref, value);
}
