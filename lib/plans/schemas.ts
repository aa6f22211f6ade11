import { z } from 'zod';

/** Plans start in a calendar year this side of the 22nd century; anything else in the address is no plan (404). */
export const PLAN_YEAR_MIN = 2000;
export const PLAN_YEAR_MAX = 2100;

export const planYearParamSchema = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(PLAN_YEAR_MIN).max(PLAN_YEAR_MAX));

/** The start year in a `/[org]/plan/[year]` address, or null when it is not a plausible year. */
export function parsePlanYearParam(value: string): number | null {
  const parsed = planYearParamSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
