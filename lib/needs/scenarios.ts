/**
 * "Scenarier": levers that recompute the need beside the baseline (issue 19), each named by the SKR strategy it
 * serves. SKR's national forecast (2022) found that part-timers working 3 hours more a week and retiring at 66
 * would together cut the need by about a quarter; its two levers are presets here. Pure.
 */
import {
  BASELINE,
  type NeedsAssumptions,
  type NeedsForecast,
  type VolumeInput,
  forecastNeeds,
  totalsOf,
} from './forecast';
import { type RetirementAge, retirementNotBefore, shiftRetirementAges } from './retirement-age';
import type { NeedsStatistics } from './statistics-input';

export type ScenarioLevers = {
  fullTime?: { mode: 'share'; targetShare: number } | { mode: 'hours'; hoursPerWeek: number };
  laterRetirement?: { mode: 'shift'; years: 1 | 2 } | { mode: 'minimumAge'; age: RetirementAge };
  /** Percentage points off the turnover rate, of one occupation or (null) all. */
  lowerTurnover?: { percentagePoints: number; occupation: string | null };
  /** Per cent of the need that better use of competence or technology removes. */
  efficiency?: { percent: number };
  /** Multiplies the volume change (a changed staffing ratio). */
  staffingRatio?: { multiplier: number };
};
export type LeverKey = keyof ScenarioLevers;

/** Full time is 40 hours a week; part-timers are assumed to work 75 % (30 hours) when the statistics do not say. */
export const FULL_TIME_HOURS = 40;
export const ASSUMED_PART_TIME_SHARE = 0.75;

export const LEVERS: Record<LeverKey, { label: string; strategy: string | null; strategyNote: string | null }> = {
  fullTime: {
    label: 'Fler arbetar heltid',
    strategy: 'Underlätta för fler att arbeta mer och längre',
    strategyNote: 'arbeta mer och längre',
  },
  laterRetirement: {
    label: 'Senare pensionering',
    strategy: 'Underlätta för fler att arbeta mer och längre',
    strategyNote: 'arbeta mer och längre',
  },
  lowerTurnover: {
    label: 'Lägre personalomsättning',
    strategy: 'Arbeta med friskfaktorer',
    strategyNote: 'friskfaktorer',
  },
  efficiency: {
    label: 'Effektivisering och teknik',
    strategy: 'Använd kompetensen rätt',
    strategyNote: 'använd kompetensen rätt',
  },
  staffingRatio: { label: 'Ändrat bemanningstal', strategy: null, strategyNote: null },
};

export const SKR_PRESETS = [
  { key: 'skr-3-timmar', name: 'SKR: 3 timmar mer i veckan', levers: { fullTime: { mode: 'hours', hoursPerWeek: 3 } } },
  { key: 'skr-pension-66', name: 'SKR: pension vid 66', levers: { laterRetirement: { mode: 'minimumAge', age: 66 } } },
] as const satisfies readonly { key: string; name: string; levers: ScenarioLevers }[];

/** SKR's national result to show beside the local one. */
export const SKR_NATIONAL = {
  text:
    'SKR (2022): cirka 410 000 rekryteringar i kommuner och regioner 2021–2031. Om deltidsanställda arbetar 3 timmar ' +
    'mer i veckan och pensionen tas ut vid 66 minskar behovet tillsammans med ungefär en fjärdedel.',
  hires: 410_000,
  reductionShare: 0.25,
};

export type ScenarioResult = {
  forecast: NeedsForecast;
  /** Full-time equivalents the full-time lever gains; null when the statistics hold no part-timers. */
  fteGained: number | null;
  /** Why a lever had no effect (missing data), in Swedish. */
  notes: string[];
};

export function assumptionsFor(levers: ScenarioLevers, base: NeedsAssumptions = BASELINE): NeedsAssumptions {
  let ages = base.retirementAges;
  const r = levers.laterRetirement;
  if (r?.mode === 'shift') ages = shiftRetirementAges(ages, r.years);
  if (r?.mode === 'minimumAge') ages = retirementNotBefore(ages, r.age);
  const t = levers.lowerTurnover;
  return {
    retirementAges: ages,
    turnoverChange: t
      ? t.occupation === null
        ? { all: -t.percentagePoints }
        : { byOccupation: new Map([[t.occupation, -t.percentagePoints]]) }
      : base.turnoverChange,
    volumeMultiplier: (base.volumeMultiplier ?? 1) * (levers.staffingRatio?.multiplier ?? 1),
  };
}

/** Full-time equivalents gained when part-timers work more (DOMAIN.md: "FTE gained if part-timers move to full time"). */
export function fteGained(stats: NeedsStatistics, lever: NonNullable<ScenarioLevers['fullTime']>): number | null {
  if (!stats.partTime) return null;
  const { count } = stats.partTime;
  const room = 1 - ASSUMED_PART_TIME_SHARE;
  if (lever.mode === 'hours') return count * Math.min(lever.hoursPerWeek / FULL_TIME_HOURS, room);
  const population = stats.partTime.population ?? stats.cells.reduce((a, c) => a + c.permanent, 0);
  const fullTimers = population - count;
  const moved = Math.min(count, Math.max(0, (lever.targetShare / 100) * population - fullTimers));
  return moved * room;
}

export function runScenario(
  stats: NeedsStatistics,
  years: number[],
  volume: VolumeInput,
  levers: ScenarioLevers,
  base: NeedsAssumptions = BASELINE,
): ScenarioResult {
  const forecast = forecastNeeds(stats, years, volume, assumptionsFor(levers, base));
  const notes: string[] = [];
  const efficiency = (levers.efficiency?.percent ?? 0) / 100;
  const fte = levers.fullTime ? fteGained(stats, levers.fullTime) : null;
  if (levers.fullTime && fte === null)
    notes.push('Antalet deltidsanställda saknas i statistiken: heltidsspaken ger ingen effekt.');
  const yearTotals = years.map((_, i) => forecast.rows.reduce((a, r) => a + Math.max(0, r.years[i]!.total), 0));
  const rows = forecast.rows.map((row) => ({
    ...row,
    years: row.years.map((y, i) => {
      const need = Math.max(0, y.total);
      const cut = need * efficiency;
      // The gained hours replace recruitment evenly over the plan years, in proportion to each cell's need.
      const fromFullTime =
        fte && yearTotals[i]! > 0 ? Math.min(need - cut, (fte / years.length) * (need / yearTotals[i]!)) : 0;
      const adjustment = y.adjustment - cut - fromFullTime;
      return { ...y, adjustment, total: y.total - cut - fromFullTime };
    }),
  }));
  return { forecast: { ...forecast, rows, totals: totalsOf(rows, years) }, fteGained: fte, notes };
}

/** The cut relative to the baseline over the whole period (0.25 = a quarter fewer); null when the baseline is 0. */
export function reductionShare(baseline: NeedsForecast, scenario: NeedsForecast): number | null {
  const sum = (f: NeedsForecast) => f.totals.reduce((a, t) => a + t.total, 0);
  const b = sum(baseline);
  return b > 0 ? (b - sum(scenario)) / b : null;
}
