/**
 * "Möjliga pensionsavgångar per avdelning" as seed 003 tabulates it: staff turning 65 each plan year and those
 * already past 65, per department and in total. These are stored counts, so they are hidden exactly as the
 * dashboards hide them (the retirement block of statistics/dashboard/protection.ts): the same pattern everywhere.
 */
import { protectBlock, protectionFrom } from '../statistics/dashboard/protection';
import type { StatRow } from '../statistics/dashboard/rows';
import { OVER_65_CODE } from '../statistics/import/values';
import { suppressedDisplay } from '../statistics/suppression/rule';
import { formatInteger } from '../format';
import type { NeedsForecast } from './forecast';
import { MISSING_TEXT, type ShownNumber } from './protection';
import type { NeedsStatistics } from './statistics-input';

export type RetirementSummaryRow = {
  /** null: the total over the rows the viewer reads. */
  department: string | null;
  reaching65: ShownNumber[];
  alreadyPast65: ShownNumber;
  /** Everyone turning 65 in the period plus those already past it (seed 003: 100). */
  atSixtyFive: ShownNumber;
};

export type RetirementSummary = {
  years: number[];
  estimated: boolean;
  rows: RetirementSummaryRow[];
  /** Permanent staff aged 60+ (seed 001: "nästan 400"); null when hidden or unknown. */
  permanent60plus: number | null;
};

const known = (value: number): ShownNumber => ({ value, reason: null, text: formatInteger(value) });
const missingNumber: ShownNumber = { value: null, reason: null, text: MISSING_TEXT };

export function retirementSummary(
  forecast: NeedsForecast,
  stats: NeedsStatistics,
  departments: string[],
  suppress: boolean,
  visible: readonly (string | null)[] | null,
): RetirementSummary {
  const years = forecast.years;
  const storedRows: StatRow[] = [];
  if (stats.retirementYear !== null)
    for (const [department, dep] of stats.retirements) {
      const base = {
        measure: 'retirements',
        year: stats.retirementYear,
        tertial: null,
        department: department || null,
      };
      const rest = {
        occupation: null,
        employmentForm: null,
        gender: null,
        ageBand: null,
        subcategory: null,
        decimals: null,
        population: null,
      };
      for (const [y, value] of dep.turning65) storedRows.push({ ...base, ...rest, category: String(y), value });
      if (dep.over65) storedRows.push({ ...base, ...rest, category: OVER_65_CODE, value: dep.over65 });
    }
  const protection =
    suppress && stats.retirementYear !== null && !forecast.retirementsEstimated
      ? protectionFrom([protectBlock('retirements', stats.retirementYear, storedRows, departments)])
      : null;
  const show = (value: number | null, ref: { department?: string; category: string } | null): ShownNumber => {
    if (value === null) return missingNumber;
    if (!suppress) return known(value);
    // Estimates and sums the model does not hold are withheld from those who see suppressed figures.
    const reason =
      protection && ref && stats.retirementYear !== null
        ? protection.reason({ measure: 'retirements', year: stats.retirementYear, ...ref }, value)
        : 'withheld';
    return reason ? { value: null, reason, text: suppressedDisplay(reason) } : known(value);
  };
  const beforePlan = stats.year !== null && years[0]! - stats.year > 1; // cohorts between the statistics and the plan

  const rowFor = (department: string | null, rows: NeedsForecast['rows']): RetirementSummaryRow => {
    const dep = department === null ? {} : { department };
    const sum = (pick: (r: NeedsForecast['rows'][number]) => number | null) =>
      rows.length === 0 || rows.some((r) => pick(r) === null) ? null : rows.reduce((a, r) => a + pick(r)!, 0);
    const reaching = years.map((y, i) =>
      show(
        sum((r) => r.reaching65[i] ?? null),
        { ...dep, category: String(y) },
      ),
    );
    const past = show(
      sum((r) => r.alreadyPast65),
      beforePlan ? null : { ...dep, category: OVER_65_CODE },
    );
    const parts = [...reaching, past];
    const total = parts.some((p) => p.value === null)
      ? parts.some((p) => p.reason)
        ? { value: null, reason: 'complementary' as const, text: suppressedDisplay('complementary') }
        : missingNumber
      : known(parts.reduce((a, p) => a + p.value!, 0));
    return { department, reaching65: reaching, alreadyPast65: past, atSixtyFive: total };
  };

  const inView = forecast.rows.filter((r) => visible === null || visible.includes(r.department));
  const shownDepartments = [...new Set(inView.map((r) => r.department).filter((d): d is string => d !== null))];
  const rows = shownDepartments.map((d) =>
    rowFor(
      d,
      inView.filter((r) => r.department === d),
    ),
  );
  if (visible === null) rows.push(rowFor(null, inView));
  return {
    years,
    estimated: forecast.retirementsEstimated,
    rows,
    permanent60plus: suppress ? null : forecast.permanent60plus,
  };
}
