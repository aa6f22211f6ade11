/**
 * Finds numbers typed by hand that contradict the statistics for the same measure, e.g. "texten säger 2 333
 * tillsvidareanställda, statistiken 2 341". Each claim pattern names the binding it is checked against; the
 * page resolves those bindings with its live figures. Pure.
 */
import type { FigureBinding } from './document';
import { type ResolvedFigure, formatValue } from './figures';

export type Claim = {
  key: string;
  /** The binding a claim of this kind is compared with (the organisation's latest year is filled in). */
  binding: (year: number) => FigureBinding;
  pattern: RegExp;
  /** Words of the measure, as the contradiction message names it. */
  noun: string;
  unit: 'count' | 'percent';
};

const NUMBER = String.raw`(\d{1,3}(?:[  ]\d{3})+|\d+(?:,\d+)?)`;
/** The measure's word on its own, not inside a compound ("korttidssjukfrånvaro" is another measure). */
const WORD_START = String.raw`(?<!\p{L})`;
/** "%" or the word "procent", not "procentenheter" (a change, not a level). */
const PERCENT = String.raw`(?:%|procent(?!\p{L}))`;

/** A goal ("målet", "ska", "bör") or a change ("ökat med", "minskning") anywhere in the clause before the number. */
const GOAL_OR_CHANGE = new RegExp(
  String.raw`(?<!\p{L})(?:mål\p{L}*|ska|skall|bör|borde|önsk\p{L}*|förvänt\p{L}*|planer\p{L}*|prognos\p{L}*|sänk\p{L}*|minsk\p{L}*|ök\p{L}*|förändr\p{L}*|halver\p{L}*)(?!\p{L})`,
  'iu',
);
/** An approximation or bound right before the number ("drygt 2 300", "under 7 %"). */
const APPROXIMATION = new RegExp(
  String.raw`(?<!\p{L})(?:högst|lägst|minst|max|maximalt|cirka|ca|omkring|ungefär|drygt|knappt|nästan|runt|under|över|mer än|mindre än|fler än|färre än)\s*$`,
  'iu',
);

/** Whether the number is something other than the current level: a goal, a change or an approximation. */
function isNotTheLevel(clause: string): boolean {
  return GOAL_OR_CHANGE.test(clause) || APPROXIMATION.test(clause);
}

/** The text from the start of the clause the match is in up to its number. */
function clauseBefore(text: string, match: RegExpMatchArray): string {
  const numberAt = match.index! + match[0].indexOf(match[1]!);
  const before = text.slice(0, numberAt);
  const clauseStart = Math.max(...['.', ';', ':', '!', '?'].map((mark) => before.lastIndexOf(mark))) + 1;
  return before.slice(clauseStart);
}

export const CLAIMS: Claim[] = [
  {
    key: 'permanent',
    binding: (year) => ({ measure: 'headcount', year, dimensions: { employmentForm: 'permanent' } }),
    pattern: new RegExp(`${NUMBER}\\s+tillsvidareanställda`, 'giu'),
    noun: 'tillsvidareanställda',
    unit: 'count',
  },
  {
    key: 'fixedTerm',
    binding: (year) => ({ measure: 'headcount', year, dimensions: { employmentForm: 'fixedTerm' } }),
    pattern: new RegExp(`${NUMBER}\\s+visstidsanställda`, 'giu'),
    noun: 'visstidsanställda',
    unit: 'count',
  },
  {
    key: 'sickLeave',
    binding: (year) => ({ measure: 'sickLeave', year, dimensions: {} }),
    pattern: new RegExp(`${WORD_START}sjukfrånvaro(?:n)?[^.\\d]{0,40}?${NUMBER}\\s*${PERCENT}`, 'giu'),
    noun: 'sjukfrånvaro',
    unit: 'percent',
  },
  {
    key: 'turnover',
    binding: (year) => ({ measure: 'turnover', year, dimensions: {} }),
    pattern: new RegExp(`${WORD_START}personalomsättning(?:en)?[^.\\d]{0,40}?${NUMBER}\\s*${PERCENT}`, 'giu'),
    noun: 'personalomsättning',
    unit: 'percent',
  },
];

export type Contradiction = {
  sectionTitle: string;
  claimKey: string;
  typed: string;
  statistics: string;
  year: number;
  message: string;
};

export function parseSwedishNumber(text: string): number {
  return Number(text.replace(/[  ]/g, '').replace(',', '.'));
}

/**
 * Every claim in the sections' text whose number differs from the statistics. Percentages are compared at the
 * precision they were typed with (typing 6 % for 6,4 % is rounding, not a contradiction); goals, changes and
 * approximations are not claims of the level.
 */
export function findContradictions(
  sections: { title: string; text: string }[],
  figures: Map<string, ResolvedFigure>,
  year: number,
  keyOf: (binding: FigureBinding) => string,
): Contradiction[] {
  const found: Contradiction[] = [];
  for (const claim of CLAIMS) {
    const figure = figures.get(keyOf(claim.binding(year)));
    if (!figure || figure.value === null) continue;
    for (const section of sections) {
      for (const match of section.text.matchAll(claim.pattern)) {
        if (isNotTheLevel(clauseBefore(section.text, match))) continue;
        const typed = match[1]!;
        const value = parseSwedishNumber(typed);
        const decimals = typed.includes(',') ? typed.split(',')[1]!.length : 0;
        const factor = 10 ** decimals;
        const statistic =
          claim.unit === 'count' ? Math.round(figure.value) : Math.round(figure.value * factor) / factor;
        if (Number.isNaN(value) || value === statistic) continue;
        const shown = formatValue(figure.value, claim.unit, claim.unit === 'percent' ? (figure.decimals ?? 1) : null);
        const typedShown = claim.unit === 'percent' ? `${typed} %` : typed;
        found.push({
          sectionTitle: section.title,
          claimKey: claim.key,
          typed: typedShown,
          statistics: shown,
          year,
          message: `Texten säger ${typedShown} ${claim.noun}, statistiken ${shown} (${year}).`,
        });
      }
    }
  }
  return found;
}
