import 'server-only';
import type { Outcome, Tx } from '../auth/guard';

type Failure = Extract<Outcome<never>, { ok: false }>;

export const INVALID_MESSAGE = 'Uppgifterna kunde inte sparas. Rätta det som är markerat och försök igen.';

/**
 * Every id a gap or risk form sends must name a record it may link to: departments and occupations of this
 * organisation, activities and gaps of the same plan (an activity of another plan or organisation is refused).
 * A failure names the field, so nothing is written and the form says what to correct.
 */
export async function checkRegisterReferences(
  tx: Tx,
  where: { organizationId: string; planId: string },
  input: { departmentIds?: string[]; occupationIds?: string[]; activityIds?: string[]; gapIds?: string[] },
): Promise<Failure | null> {
  const { organizationId, planId } = where;
  const errors: Record<string, string[]> = {};
  const all = async (ids: string[] | undefined, count: (ids: string[]) => Promise<number>) =>
    !ids?.length || (await count(ids)) === ids.length;
  if (!(await all(input.departmentIds, (ids) => tx.department.count({ where: { id: { in: ids }, organizationId } }))))
    errors.departmentIds = ['Välj avdelningar ur förvaltningens lista.'];
  if (!(await all(input.occupationIds, (ids) => tx.occupation.count({ where: { id: { in: ids }, organizationId } }))))
    errors.occupationIds = ['Välj befattningar ur förvaltningens lista.'];
  if (
    !(await all(input.activityIds, (ids) => tx.activity.count({ where: { id: { in: ids }, planId, removedAt: null } })))
  )
    errors.activityIds = ['Välj aktiviteter ur den här planen. En av dem finns inte i planen.'];
  if (!(await all(input.gapIds, (ids) => tx.competenceGap.count({ where: { id: { in: ids }, planId } }))))
    errors.gapIds = ['Välj kompetensgap ur den här planen. Ett av dem finns inte i planen.'];
  if (Object.keys(errors).length === 0) return null;
  return { ok: false, error: INVALID_MESSAGE, fieldErrors: errors, code: 'invalid' };
}

export const planInOrganization = (tx: Tx, planId: string, organizationId: string) =>
  tx.plan.count({ where: { id: planId, organizationId } }).then((n) => n === 1);
