/**
 * The förvaltning's own figures a Kolada KPI can be compared with. Each is built from live-figure bindings
 * (lib/plans/figures.ts), so it is resolved and suppressed exactly as a figure in the plan is: through the
 * dashboards' one suppression model (lib/plans/figure-protection.ts), never a rule of its own. Pure.
 */
import type { FigureBinding } from '../plans/document';

export type OwnMeasure = {
  label: string;
  /** The figures it is made of, for a year. */
  bindings: (year: number) => FigureBinding[];
  /** The value from those figures' values (in the same order); null when any is missing or hidden. */
  combine: (values: (number | null)[]) => number | null;
};

const one =
  (measure: string, dimensions: Record<string, string> = {}) =>
  (year: number) => [{ measure, dimensions, year }];
const first = (values: (number | null)[]) => values[0] ?? null;
/** Parts ÷ the last value (the total), in percent. */
const shareOfTotal = (values: (number | null)[]) => {
  if (values.some((v) => v === null)) return null;
  const total = values.at(-1)!;
  if (!total) return null;
  const parts = values.slice(0, -1).reduce<number>((sum, v) => sum + v!, 0);
  return Math.round((parts / total) * 1000) / 10;
};
const headcount = (dimensions: Record<string, string> = {}) => ({ measure: 'headcount', dimensions });

export const OWN_MEASURES = {
  sickLeave: {
    label: 'Sjukfrånvaro totalt',
    bindings: one('sickLeave', { category: 'total' }),
    combine: first,
  },
  fullTimeShare: { label: 'Andel heltidsanställda', bindings: one('fullTimeShare'), combine: first },
  turnover: { label: 'Personalomsättning', bindings: one('turnover'), combine: first },
  permanentShare: {
    label: 'Andel tillsvidareanställda',
    bindings: (year) => [headcount({ employmentForm: 'permanent' }), headcount()].map((b) => ({ ...b, year })),
    combine: shareOfTotal,
  },
  womenShare: {
    label: 'Andel kvinnor',
    bindings: (year) => [headcount({ gender: 'woman' }), headcount()].map((b) => ({ ...b, year })),
    combine: shareOfTotal,
  },
  age50plus: {
    label: 'Andel 50 år och äldre',
    bindings: (year) =>
      [
        headcount({ ageBand: '50-59' }),
        headcount({ ageBand: '60-64' }),
        headcount({ ageBand: '65+' }),
        headcount(),
      ].map((b) => ({ ...b, year })),
    combine: shareOfTotal,
  },
} satisfies Record<string, OwnMeasure>;

export type OwnMeasureKey = keyof typeof OWN_MEASURES;
export const OWN_MEASURE_KEYS = Object.keys(OWN_MEASURES) as OwnMeasureKey[];

export function isOwnMeasure(value: string | null | undefined): value is OwnMeasureKey {
  return value !== null && value !== undefined && value in OWN_MEASURES;
}

/** The own figure as a single live figure, when it is one (a plan can then insert it as such). */
export function singleBinding(key: OwnMeasureKey, year: number): FigureBinding | null {
  const bindings = OWN_MEASURES[key].bindings(year);
  return bindings.length === 1 ? bindings[0]! : null;
}

export const STOCKHOLM = '0180';
export const RIKET = '0000';
