/**
 * Retirement forecast (DOMAIN.md): employees reach 65 in a given year, but may stay until 69, so the forecast
 * is a range. Input: head counts per year of turning 65 (past years = staff already 65–68). Pure.
 */

export type RetirementYear = {
  year: number;
  /** Everyone leaves at 65: those turning 65 this year. */
  atSixtyFive: number;
  /** Everyone stays until 69: those turning 69 this year (turned 65 four years earlier). */
  atSixtyNine: number;
};

export type RetirementForecast = {
  years: RetirementYear[];
  /** Over the horizon if everyone stays to 69. */
  lowest: number;
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
  const years = horizon.map((year) => ({
    year,
    atSixtyFive: turning65.get(year) ?? 0,
    atSixtyNine: turning65.get(year - 4) ?? 0,
  }));
  const alreadyEligible =
    alreadyOver65 + [...turning65.entries()].filter(([y]) => y < first && y > first - 5).reduce((n, [, c]) => n + c, 0);
  return {
    years,
    lowest: years.reduce((n, y) => n + y.atSixtyNine, 0),
    highest: years.reduce((n, y) => n + y.atSixtyFive, 0) + alreadyEligible,
    alreadyEligible,
  };
}
