/**
 * Volymförändring, pure: how many more (or fewer) staff of an occupation the population forecast calls for in each
 * plan year than in the base year (the year before the plan, or the forecast's first year if it starts later).
 *
 *   needed(Y) = Σ over the ratio's age groups: residents(Y) × staff ÷ per-residents, with the ratio in force in Y
 *   change(Y) = needed(Y) − needed(base)
 *
 * With the ratio unchanged this is (residents(Y) − residents(base)) × ratio ÷ N; a ratio changed mid-period also
 * counts the change for the residents already there (Göteborgsregionen's cohort model: need = ratio × population).
 * A ratio entered only from a later year is taken to describe the base year too. An occupation HR gave a direct
 * change for uses that instead. Unknown stays unknown: a year with an age group missing from the forecast, before
 * a ratio applies, or without a direct figure is left out (never 0), and the notes say why.
 */
import { AGE_GROUP_LABELS, isAgeGroup } from './population-age-groups';
import { listSv } from '../statistics/import/text';
import { round2 } from './population-compare';

export type StaffingRatioInput = {
  occupationId: string;
  ageGroup: string;
  staff: number;
  perResidents: number;
  validFrom: number;
};

export type DirectChangeInput = { occupationId: string; year: number; change: number };

export type VolumeSource = 'ratio' | 'direct';

export type VolumeDemandResult = {
  baseYear: number | null;
  /** occupationId → year → change in staff; a year left out is unknown. */
  demand: Map<string, Map<number, number>>;
  sourceByOccupation: Map<string, VolumeSource>;
  notes: string[];
};

export function computeVolumeDemand(input: {
  years: readonly number[];
  /** Residents of the förvaltning's districts in an age group and year, null when the forecast does not say. */
  residents: ((ageGroup: string, year: number) => number | null) | null;
  /** The forecast's first year, for the base when it starts after the year before the plan. */
  forecastFirstYear: number | null;
  ratios: readonly StaffingRatioInput[];
  direct: readonly DirectChangeInput[];
  occupationName?: (id: string) => string;
}): VolumeDemandResult {
  const name = input.occupationName ?? ((id: string) => id);
  const years = [...input.years].sort((a, b) => a - b);
  const notes: string[] = [];
  const demand = new Map<string, Map<number, number>>();
  const sourceByOccupation = new Map<string, VolumeSource>();
  const planBase = years.length ? years[0]! - 1 : null;
  const baseYear =
    planBase !== null && input.forecastFirstYear !== null && input.forecastFirstYear > planBase
      ? input.forecastFirstYear
      : planBase;
  if (baseYear !== null && planBase !== null && baseYear !== planBase) {
    notes.push(`Prognosen börjar ${baseYear}: förändringen räknas från ${baseYear} i stället för ${planBase}.`);
  }

  const directByOccupation = groupBy(input.direct, (d) => d.occupationId);
  for (const [occupationId, entries] of directByOccupation) {
    const byYear = new Map<number, number>();
    for (const entry of entries) if (years.includes(entry.year)) byYear.set(entry.year, round2(entry.change));
    demand.set(occupationId, byYear);
    sourceByOccupation.set(occupationId, 'direct');
    const missing = years.filter((y) => !byYear.has(y));
    if (missing.length) notes.push(`${name(occupationId)}: ingen förändring angiven för ${missing.join(', ')}.`);
  }

  const ratiosByOccupation = groupBy(input.ratios, (r) => r.occupationId);
  for (const [occupationId, ratios] of ratiosByOccupation) {
    if (directByOccupation.has(occupationId)) {
      notes.push(`${name(occupationId)}: den direkt angivna förändringen används i stället för bemanningstalet.`);
      continue;
    }
    if (!input.residents || baseYear === null) continue;
    const residents = input.residents;
    const byYear = new Map<number, number>();
    // One note per reason, naming its years: "prognosen saknar 80 år och äldre för 2028 och 2029".
    const unknown = new Map<string, number[]>();
    for (const year of years) {
      if (year <= baseYear) continue;
      const change = changeFor(ratios, residents, year, baseYear, (why, about) =>
        unknown.set(why, [...new Set([...(unknown.get(why) ?? []), about])]),
      );
      if (change !== null) byYear.set(year, round2(change));
    }
    demand.set(occupationId, byYear);
    sourceByOccupation.set(occupationId, 'ratio');
    for (const [why, about] of unknown) notes.push(`${name(occupationId)}: ${why} ${listSv(about.map(String))}.`);
  }
  if (!input.residents && ratiosByOccupation.size > 0 && directByOccupation.size < ratiosByOccupation.size) {
    notes.push('Ingen befolkningsprognos är importerad: bemanningstalen kan inte räknas om till en volymförändring.');
  }
  return { baseYear, demand, sourceByOccupation, notes };
}

function changeFor(
  ratios: readonly StaffingRatioInput[],
  residents: (ageGroup: string, year: number) => number | null,
  year: number,
  baseYear: number,
  unknown: (why: string, year: number) => void,
): number | null {
  let change = 0;
  for (const [ageGroup, series] of groupBy(ratios, (r) => r.ageGroup)) {
    const label = isAgeGroup(ageGroup) ? AGE_GROUP_LABELS[ageGroup] : ageGroup;
    const now = inForce(series, year);
    if (!now) {
      unknown(`inget bemanningstal för ${label} gäller`, year);
      return null;
    }
    const then = inForce(series, baseYear) ?? now;
    const residentsNow = residents(ageGroup, year);
    const residentsThen = residents(ageGroup, baseYear);
    if (residentsNow === null || residentsThen === null) {
      unknown(`prognosen saknar ${label} för`, residentsNow === null ? year : baseYear);
      return null;
    }
    change += (residentsNow * now.staff) / now.perResidents - (residentsThen * then.staff) / then.perResidents;
  }
  return change;
}

/** The ratio with the latest start not after the year. */
function inForce(series: readonly StaffingRatioInput[], year: number): StaffingRatioInput | null {
  let found: StaffingRatioInput | null = null;
  for (const ratio of series)
    if (ratio.validFrom <= year && (!found || ratio.validFrom > found.validFrom)) found = ratio;
  return found;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * The volume part of each year's recruitment need: how much the change grows that year. `demand` counts from the
 * base year (change(Y) = needed(Y) − needed(base)), so adding it up year by year would count the first year's
 * growth again in every later year; the need in Y is change(Y) − change(Y − 1), with change(base) = 0. A year
 * whose own change or the previous year's is unknown stays unknown, as does a plan year the forecast starts after.
 */
export function yearlyVolumeChange(
  demand: ReadonlyMap<number, number>,
  years: readonly number[],
  baseYear: number,
): Map<number, number> {
  const yearly = new Map<number, number>();
  for (const year of years) {
    // A plan year at or before the base year has no growth the forecast can tell (the loader leaves it out).
    const now = year <= baseYear ? undefined : demand.get(year);
    const before = year - 1 <= baseYear ? 0 : demand.get(year - 1);
    if (now !== undefined && before !== undefined) yearly.set(year, round2(now - before));
  }
  return yearly;
}
