/**
 * Retirement forecast (DOMAIN.md): employees reach 65 in a given year, but may stay until 69, so the forecast
 * is a range. Input: head counts per year of turning 65 (past years = staff already 65–68). Pure.
 */

export type RetirementYear = {
  year: number;
  /** Everyone leaves at 65: those turning 65 this year. */
  atSixtyFive: number;
  /** Everyone stays until 69: those turning 69 this year (turned 65 four years earlier); null when the
   * statistics do not say in which year those already over 65 turned 65. */
  atSixtyNine: number | null;
};

export type RetirementForecast = {
  years: RetirementYear[];
  /** Over the horizon if everyone stays to 69; null when unknown (see atSixtyNine). */
  lowest: number | null;
  /** Over the horizon if everyone leaves at 65, including those already 65 or older. */
  highest: number;
  alreadyEligible: number;
};

/** `turning65` maps year → head count; `alreadyOver65` counts staff 65+ whose year is not broken down. */
export function retirementForecast(
  turning65: Map<number, number>,
  horizon: number[],
  alreadyOver65 = 0,
): RetirementForecast {
  const first = Math.min(...horizon);
  const earliestKnown = Math.min(...turning65.keys());
  // A year before the earliest broken-down year is unknown if some staff are only counted as "already 65+".
  const known = (year: number) => alreadyOver65 === 0 || year >= earliestKnown;
  const years = horizon.map((year) => ({
    year,
    atSixtyFive: turning65.get(year) ?? 0,
    atSixtyNine: known(year - 4) ? (turning65.get(year - 4) ?? 0) : null,
  }));
  const lowKnown = years.every((y) => y.atSixtyNine !== null);
  const alreadyEligible =
    alreadyOver65 + [...turning65.entries()].filter(([y]) => y < first && y > first - 5).reduce((n, [, c]) => n + c, 0);
  return {
    years,
    lowest: lowKnown ? years.reduce((n, y) => n + (y.atSixtyNine ?? 0), 0) : null,
    highest: years.reduce((n, y) => n + y.atSixtyFive, 0) + alreadyEligible,
    alreadyEligible,
  };
}
