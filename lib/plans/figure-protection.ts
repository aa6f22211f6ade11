/**
 * Live figures as a reader may see them (issue 16, items 1–2). A figure is looked up in the same suppression model
 * as the dashboards (lib/statistics/dashboard/protection.ts), decided over the whole organisation: a count by its
 * cell, a rate by its stated row. A figure the model does not hold with the same value (a breakdown no view
 * shows, a weighted share of parts, a snapshot's value the statistics no longer hold) is hidden: the model fails
 * closed. Hidden figures keep their binding, label and definition and lose their value. Pure.
 */
import { type Protection, refOfBinding } from '../statistics/dashboard/protection';
import type { ResolvedFigure } from './figures';

/** `protection` null: the reader sees every figure as it is (HR and administrators). */
export function protectFigures(
  figures: Record<string, ResolvedFigure>,
  protection: Protection | null,
): Record<string, ResolvedFigure> {
  const out: Record<string, ResolvedFigure> = {};
  for (const [key, figure] of Object.entries(figures)) out[key] = protectFigure(figure, protection);
  return out;
}

/** A frozen figure follows the decision stored with it; a live one (or an older snapshot's) the model now. */
export function protectFigure(figure: ResolvedFigure, protection: Protection | null): ResolvedFigure {
  if (!protection || figure.value === null) return { ...figure, hidden: null };
  const hidden = figure.frozenHidden !== undefined ? figure.frozenHidden : decide(figure, protection);
  return hidden ? { ...figure, value: null, decimals: null, people: null, hidden } : { ...figure, hidden: null };
}

/** The model's decision, or withheld (of any size) when the model does not hold the figure with this value. */
function decide(figure: ResolvedFigure, protection: Protection) {
  if (figure.ownDecision !== undefined) return figure.ownDecision;
  const ref = refOfBinding(figure.binding);
  if (!ref || figure.value === null || !protection.holds(ref, figure.value)) return 'withheld';
  return protection.reason(ref, figure.value);
}

/** Figures about to be frozen, each with what readers without unsuppressed access may see of it now. */
export function withFrozenDecisions(
  figures: Map<string, ResolvedFigure>,
  protection: Protection,
): Map<string, ResolvedFigure> {
  const out = new Map<string, ResolvedFigure>();
  for (const [key, figure] of figures)
    out.set(key, { ...figure, frozenHidden: figure.value === null ? null : decide(figure, protection) });
  return out;
}

/** The years whose statistics decide what a reader may see of these figures. */
export function figureYears(figures: Record<string, ResolvedFigure>): number[] {
  return [...new Set(Object.values(figures).map((f) => f.binding.year))].sort();
}
