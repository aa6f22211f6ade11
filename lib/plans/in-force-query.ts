import 'server-only';
import type { Db } from '../db/client';
import type { PlanStatus } from '../generated/prisma/client';
import { type InForce, versionInForce } from './in-force';

/**
 * The version in force of each plan (see in-force.ts), for plans the caller already may see. Only plans opened
 * as a later version can have one, so only their adopted snapshots are read.
 */
export async function versionsInForce(
  db: Db,
  plans: readonly { id: string; status: PlanStatus; planVersion: number }[],
): Promise<Map<string, InForce>> {
  const reopened = plans.filter((p) => p.status !== 'ADOPTED' && p.planVersion > 1);
  if (reopened.length === 0) return new Map();
  const snapshots = await db.planSnapshot.findMany({
    where: { planId: { in: reopened.map((p) => p.id) }, kind: 'ADOPTED' },
    select: { planId: true, planVersion: true, content: true },
  });
  const result = new Map<string, InForce>();
  for (const plan of reopened) {
    const inForce = versionInForce(
      plan,
      snapshots.filter((s) => s.planId === plan.id),
    );
    if (inForce) result.set(plan.id, inForce);
  }
  return result;
}
