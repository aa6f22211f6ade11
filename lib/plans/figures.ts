/**
 * Live figures: a binding {measure, dimensions, year} resolved against the staff statistics, the way the
 * dashboards count (totals stored beside parts are not double counted; shares weighted by population).
 * Pure: the rows are loaded once per page by lib/plans/figure-queries.ts.
 */
import { type StatRow, type RowFilter, total } from '../statistics/dashboard/rows';
import { weightedShare } from '../statistics/key-figures';
import { MEASURE_UNITS, type Measure, MEASURES, type MeasureUnit, STATISTIC_DIMENSIONS } from '../statistics/measures';
import { type SuppressionReason, suppressedDisplay } from '../statistics/suppression/rule';
import { type FigureBinding, bindingKey } from './document';
import { dimensionWords } from './figure-labels';
import { NEEDS_MEASURE, needsFigureLabel } from '../needs/plan-table';
import { KOLADA_MEASURE, koladaFigureLabel } from '../kolada/plan-figure';

/** Dimensions a figure may be narrowed by (names as the statistics store them). */
export const FIGURE_DIMENSIONS = STATISTIC_DIMENSIONS;
export type FigureDimension = (typeof FIGURE_DIMENSIONS)[number];

export const MEASURE_LABELS: Record<Measure, string> = {
  headcount: 'Antal anställda',
  fullTimeShare: 'Andel heltidsanställda',
  partTimeCount: 'Antal deltidsanställda',
  departures: 'Antal avgångar',
  recruitments: 'Antal rekryteringar',
  turnover: 'Personalomsättning',
  retirements: 'Antal pensionsavgångar',
  sickLeave: 'Sjukfrånvaro',
  incidents: 'Antal tillbud och arbetsskador',
  spanOfControl: 'Medarbetare per chef',
};

export type ResolvedFigure = {
  key: string;
  binding: FigureBinding;
  label: string;
  unit: MeasureUnit;
  /** null: the statistics hold nothing for this binding. */
  value: number | null;
  decimals: number | null;
  /** People behind the figure (a rate's population), when known. */
  people: number | null;
  period: string;
  definition: string;
  /**
   * Set when the reader may not see the figure (figure-protection.ts): value, decimals and people are then null.
   * Absent on what is stored; decided at read time for the reader's role.
   */
  hidden?: SuppressionReason | null;
  /**
   * In a snapshot: what readers without unsuppressed access were to see of the figure when it was frozen, decided
   * on the statistics of that moment (the figure keeps its value if they are corrected later).
   */
  frozenHidden?: SuppressionReason | null;
  /**
   * A figure outside the dashboards' model (the recruitment-need forecast, lib/needs/figure-queries.ts) carries
   * its own decision for readers without unsuppressed access, made with its value over the whole forecast table.
   */
  ownDecision?: SuppressionReason | null;
};

export function isMeasure(value: string): value is Measure {
  return (MEASURES as readonly string[]).includes(value);
}

export function figureLabel(binding: FigureBinding): string {
  if (binding.measure === NEEDS_MEASURE) return needsFigureLabel(binding);
  if (binding.measure === KOLADA_MEASURE) return koladaFigureLabel(binding);
  const base = isMeasure(binding.measure) ? MEASURE_LABELS[binding.measure] : binding.measure;
  const parts = FIGURE_DIMENSIONS.filter((d) => binding.dimensions[d]).map((d) =>
    dimensionWords(binding.measure, d, binding.dimensions[d]!),
  );
  return parts.length ? `${base}, ${parts.join(', ')}` : base;
}

/** Resolves one binding from the rows of its measure and year. */
export function resolveFigure(rows: StatRow[], binding: FigureBinding, turnoverDefinition: string): ResolvedFigure {
  const measure = isMeasure(binding.measure) ? binding.measure : null;
  const unit: MeasureUnit = measure ? MEASURE_UNITS[measure] : 'count';
  const filter: RowFilter = { measure: binding.measure, year: binding.year, tertial: null };
  for (const d of FIGURE_DIMENSIONS) {
    const value = binding.dimensions[d];
    if (value !== undefined) (filter as Record<string, unknown>)[d] = value;
  }
  let value: number | null = null;
  let decimals: number | null = null;
  let people: number | null = null;
  if (measure && unit === 'count') {
    value = total(rows, filter);
    people = value;
  } else if (measure) {
    // The stated row for exactly this slice (other dimensions empty), else a population-weighted share of parts.
    const exact = rows.find(
      (r) =>
        Object.entries(filter).every(([k, v]) => r[k as keyof StatRow] === v) &&
        FIGURE_DIMENSIONS.every((d) => binding.dimensions[d] !== undefined || r[d] === null),
    );
    if (exact) {
      value = exact.value;
      decimals = exact.decimals;
      people = exact.population;
    } else {
      const parts = rows.filter((r) => Object.entries(filter).every(([k, v]) => r[k as keyof StatRow] === v));
      value = weightedShare(parts);
      const known = parts.filter((p) => p.population !== null);
      people = known.length ? known.reduce((sum, p) => sum + (p.population ?? 0), 0) : null;
    }
  }
  return {
    key: bindingKey(binding),
    binding,
    label: figureLabel(binding),
    unit,
    value,
    decimals,
    people,
    period: `${binding.year}`,
    definition: definitionOf(measure, turnoverDefinition),
  };
}

function definitionOf(measure: Measure | null, turnoverDefinition: string): string {
  switch (measure) {
    case 'turnover':
      return turnoverDefinition;
    case 'headcount':
      return 'Antal anställda personer i december, enligt förvaltningens personalstatistik.';
    case 'fullTimeShare':
      return 'Andel av de anställda som har heltidsanställning.';
    case 'sickLeave':
      return 'Sjukfrånvarotimmar i procent av ordinarie arbetstid under året.';
    case null:
      return 'Okänt mått.';
    default:
      return `${MEASURE_LABELS[measure]} under året, enligt förvaltningens personalstatistik.`;
  }
}

/** The figure as a reader sees it: formatted, or hidden ("<5" / "–", see figure-protection.ts), or "uppgift saknas". */
export function displayFigure(figure: ResolvedFigure): string {
  if (figure.hidden) return suppressedDisplay(figure.hidden);
  if (figure.value === null) return 'uppgift saknas';
  return formatValue(figure.value, figure.unit, figure.decimals);
}

export function formatValue(value: number, unit: MeasureUnit, decimals: number | null): string {
  if (unit === 'count')
    return Math.round(value)
      .toLocaleString('sv-SE')
      .replace(/\u00a0/g, ' ');
  const digits = decimals ?? 1;
  const text = value.toLocaleString('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit === 'percent' ? `${text} %` : text;
}
