/**
 * The forecast as the table shows it: whole people per department × occupation × year and part, with the
 * department and organisation sums, and small cells hidden for the roles that see suppressed statistics elsewhere
 * (issue 19: "no sum across the table recovers them"). Every shown number is a sum of rounded cells, so the
 * relations a reader knows hold exactly, and suppression is decided over all of them at once by the one model
 * (statistics/suppression/cells.ts). Pure.
 */
import { type ProtectionRelation, type ProtectionVariable, protectCells } from '../statistics/suppression/cells';
import { type SuppressionReason, suppressedDisplay } from '../statistics/suppression/rule';
import { formatInteger } from '../format';
import type { NeedYear, NeedsForecast } from './forecast';

export const SHOWN_PARTS = ['retirements', 'otherDepartures', 'volume', 'total'] as const;
export type ShownPart = (typeof SHOWN_PARTS)[number];

/** A number as shown: null value = missing ("saknas"); a reason = hidden. */
export type ShownNumber = { value: number | null; reason: SuppressionReason | null; text: string };
export type ShownYear = Record<ShownPart, ShownNumber>;
export type ShownRow = { department: string | null; occupation: string; years: ShownYear[] };
export type ShownDepartment = { department: string | null; rows: ShownRow[]; sum: ShownYear[] };
export type ShownTable = {
  years: number[];
  departments: ShownDepartment[];
  /** Organisation (or the viewer's departments) per year; null when the viewer sees only some departments. */
  totals: ShownYear[];
  /** The levers' cut per year (scenario only), shown beside the totals. */
  adjustments: number[];
};

export const MISSING_TEXT = 'saknas';

type Cell = { key: string; value: number | null };
type RawYear = Record<ShownPart, Cell> & { adjustment: Cell };

const round = (v: number | null) => (v === null ? null : Math.round(v));

/**
 * `visible`: the departments the viewer reads (null: all, with the organisation's sums). Suppression is decided
 * over the whole organisation either way, so each view shows the same pattern.
 */
export function shownTable(
  forecast: NeedsForecast,
  suppress: boolean,
  visible: readonly (string | null)[] | null,
): ShownTable {
  const variables = new Map<string, ProtectionVariable>();
  const relations: ProtectionRelation[] = [];
  const shownKeys = new Set<string>();
  const variable = (key: string, value: number | null, shown: boolean, signed = false): Cell => {
    if (value !== null) {
      variables.set(key, { key, value, shown, signed });
      if (shown) shownKeys.add(key);
    }
    return { key, value };
  };
  const yearOf = (
    prefix: string,
    i: number,
    parts: (p: ShownPart | 'adjustment') => number | null,
    cellLevel: boolean,
  ): RawYear => {
    const key = (p: string) => `${prefix}|${i}|${p}`;
    const y = {
      retirements: variable(key('retirements'), parts('retirements'), true),
      otherDepartures: variable(key('otherDepartures'), parts('otherDepartures'), true),
      volume: variable(key('volume'), parts('volume'), true),
      // Per cell the levers' cut is not shown (it would be a negative count); the organisation's is.
      adjustment: variable(key('adjustment'), parts('adjustment') || null, !cellLevel, true),
      total: { key: key('total'), value: 0 },
    } as RawYear;
    const members = [y.retirements, y.otherDepartures, y.volume, y.adjustment].filter((c) => c.value !== null);
    y.total = variable(
      key('total'),
      members.reduce((a, c) => a + c.value!, 0),
      true,
    );
    relations.push({ total: y.total.key, parts: members.map((c) => c.key) });
    return y;
  };

  const byDepartment = new Map<string | null, NeedsForecast['rows']>();
  for (const row of forecast.rows) byDepartment.set(row.department, [...(byDepartment.get(row.department) ?? []), row]);
  const years = forecast.years;
  const raw = [...byDepartment].map(([department, rows]) => {
    const rawRows = rows.map((row, r) => ({
      row,
      years: years.map((_, i) => {
        const y: NeedYear = row.years[i]!;
        return yearOf(`c|${department ?? ''}|${r}`, i, (p) => (p === 'total' ? null : round(y[p])), true);
      }),
    }));
    const sumOf = (i: number, p: ShownPart | 'adjustment') => {
      const cells = rawRows.map((rr) => rr.years[i]![p]);
      return cells.every((c) => c.value === null) ? null : cells.reduce((a, c) => a + (c.value ?? 0), 0);
    };
    const sum = years.map((_, i) => yearOf(`d|${department ?? ''}`, i, (p) => sumOf(i, p), true));
    for (const p of [...SHOWN_PARTS, 'adjustment'] as const)
      years.forEach((_, i) => {
        if (sum[i]![p].value === null) return;
        relations.push({
          total: sum[i]![p].key,
          parts: rawRows
            .map((rr) => rr.years[i]![p])
            .filter((c) => c.value !== null)
            .map((c) => c.key),
        });
      });
    return { department, rawRows, sum };
  });
  const orgSum = (i: number, p: ShownPart | 'adjustment') => {
    const cells = raw.map((d) => d.sum[i]![p]);
    return cells.every((c) => c.value === null) ? null : cells.reduce((a, c) => a + (c.value ?? 0), 0);
  };
  const totals = years.map((_, i) => yearOf('o', i, (p) => orgSum(i, p), false));
  for (const p of [...SHOWN_PARTS, 'adjustment'] as const)
    years.forEach((_, i) => {
      if (totals[i]![p].value === null) return;
      relations.push({
        total: totals[i]![p].key,
        parts: raw
          .map((d) => d.sum[i]![p])
          .filter((c) => c.value !== null)
          .map((c) => c.key),
      });
    });

  const decided = suppress ? protectCells([...variables.values()], relations) : new Map<string, SuppressionReason>();
  const show = (c: Cell): ShownNumber => {
    if (c.value === null) return { value: null, reason: null, text: MISSING_TEXT };
    const reason = shownKeys.has(c.key) ? (decided.get(c.key) ?? null) : 'withheld';
    return {
      value: reason ? null : c.value,
      reason,
      text: reason ? suppressedDisplay(reason) : formatInteger(c.value),
    };
  };
  const showYear = (y: RawYear): ShownYear => ({
    retirements: show(y.retirements),
    otherDepartures: show(y.otherDepartures),
    volume: show(y.volume),
    total: show(y.total),
  });
  const isVisible = (d: string | null) => visible === null || visible.includes(d);
  return {
    years,
    departments: raw
      .filter((d) => isVisible(d.department))
      .map((d) => ({
        department: d.department,
        rows: d.rawRows.map((rr) => ({
          department: d.department,
          occupation: rr.row.occupation,
          years: rr.years.map(showYear),
        })),
        sum: d.sum.map(showYear),
      })),
    totals: visible === null ? totals.map(showYear) : [],
    adjustments: totals.map((t) => t.adjustment.value ?? 0),
  };
}

/** The need per year in the viewer's view: the organisation's totals, or the sum of their departments' sums. */
export function totalsInView(table: ShownTable): (number | null)[] {
  if (table.totals.length) return table.totals.map((t) => t.total.value);
  return table.years.map((_, i) => {
    const values = table.departments.map((d) => d.sum[i]!.total.value);
    return values.length === 0 || values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + v!, 0);
  });
}
