/**
 * Which figures "Infoga siffra" can offer with data behind them: per measure and year, the combinations of the
 * picker's dimensions that the statistics hold (yearly rows only, as live figures count). A figure whose every
 * chosen dimension matches one combination has data; any other would read "uppgift saknas". Pure: the edit page
 * builds it once on the server, the picker checks each choice in the browser.
 */
import type { FigureBinding } from './document';

export const PICKER_DIMENSIONS = ['department', 'occupation', 'employmentForm', 'gender'] as const;

type Combination = (string | null)[];

/** "measure|year" → the combinations of PICKER_DIMENSIONS present, in that order. */
export type FigureAvailability = Record<string, Combination[]>;

export type AvailabilityRow = {
  measure: string;
  year: number;
  department: string | null;
  occupation: string | null;
  employmentForm: string | null;
  gender: string | null;
};

const keyOf = (measure: string, year: number) => `${measure}|${year}`;

export function figureAvailability(rows: AvailabilityRow[]): FigureAvailability {
  const found: Record<string, Map<string, Combination>> = {};
  for (const row of rows) {
    const combination = PICKER_DIMENSIONS.map((d) => row[d]);
    (found[keyOf(row.measure, row.year)] ??= new Map()).set(JSON.stringify(combination), combination);
  }
  return Object.fromEntries(Object.entries(found).map(([key, combinations]) => [key, [...combinations.values()]]));
}

export function hasFigureData(availability: FigureAvailability, binding: FigureBinding): boolean {
  const combinations = availability[keyOf(binding.measure, binding.year)] ?? [];
  return combinations.some((combination) =>
    PICKER_DIMENSIONS.every((d, i) => binding.dimensions[d] === undefined || binding.dimensions[d] === combination[i]),
  );
}
