import { formatPercent } from '../format';

/**
 * The age at which staff leave, as a share per age 65–69 (DOMAIN.md: employment may continue to 69, so the
 * retirement forecast is a range). The default is a stated assumption the user can change on the page. Pure.
 */

export const RETIREMENT_AGES = [65, 66, 67, 68, 69] as const;
export type RetirementAge = (typeof RETIREMENT_AGES)[number];

/** Share (0–1) of a cohort that leaves at each age; the shares add up to 1. */
export type RetirementAgeDistribution = Record<RetirementAge, number>;

/**
 * Default: half leave the year they turn 65, the rest spread over 66–69. An assumption, shown beside the forecast
 * (the seed plans say it is hard to know how many stay on to 69).
 */
export const DEFAULT_RETIREMENT_AGES: RetirementAgeDistribution = { 65: 0.5, 66: 0.2, 67: 0.15, 68: 0.1, 69: 0.05 };

/** Everyone leaves at 65: the seed plans' own way of counting ("möjliga pensionsavgångar"). */
export const ALL_AT_65: RetirementAgeDistribution = { 65: 1, 66: 0, 67: 0, 68: 0, 69: 0 };

/** Validates percentages as typed on the page (whole or decimal, 0–100, adding up to 100). */
export function retirementAgesFromPercent(
  percent: Partial<Record<RetirementAge, number>>,
): { ok: true; value: RetirementAgeDistribution } | { ok: false; error: string } {
  const values = RETIREMENT_AGES.map((age) => percent[age]);
  if (values.some((v) => v === undefined || !Number.isFinite(v)))
    return { ok: false, error: 'Ange en andel i procent för varje ålder 65–69.' };
  if (values.some((v) => v! < 0 || v! > 100)) return { ok: false, error: 'Andelarna ska vara mellan 0 och 100 %.' };
  const sum = values.reduce<number>((a, v) => a + v!, 0);
  if (Math.abs(sum - 100) > 0.01) return { ok: false, error: `Andelarna ska bli 100 % tillsammans (nu ${sum} %).` };
  const value = Object.fromEntries(RETIREMENT_AGES.map((age, i) => [age, values[i]! / 100]));
  return { ok: true, value: value as RetirementAgeDistribution };
}

/** Everyone leaves `years` later, at most at 69 (the age the law lets them stay to). */
export function shiftRetirementAges(d: RetirementAgeDistribution, years: number): RetirementAgeDistribution {
  const out: RetirementAgeDistribution = { 65: 0, 66: 0, 67: 0, 68: 0, 69: 0 };
  for (const age of RETIREMENT_AGES) {
    const later = Math.min(69, age + years) as RetirementAge;
    out[later] += d[age];
  }
  return out;
}

/** Nobody leaves before `minimumAge` (SKR's lever "pension vid 66"): earlier leavers leave at that age. */
export function retirementNotBefore(
  d: RetirementAgeDistribution,
  minimumAge: RetirementAge,
): RetirementAgeDistribution {
  const out: RetirementAgeDistribution = { 65: 0, 66: 0, 67: 0, 68: 0, 69: 0 };
  for (const age of RETIREMENT_AGES) out[Math.max(age, minimumAge) as RetirementAge] += d[age];
  return out;
}

export function describeRetirementAges(d: RetirementAgeDistribution): string {
  return RETIREMENT_AGES.filter((age) => d[age] > 0)
    .map((age) => `${formatShare(d[age])} vid ${age}`)
    .join(', ');
}

function formatShare(share: number): string {
  return formatPercent(Math.round(share * 1000) / 10);
}
