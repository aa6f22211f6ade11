import 'server-only';
import { organizationFor } from '../auth/data-access';
import { type OrgAccess, scopeFor } from '../auth/permissions';
import { getDb } from '../db/client';
import type { RegisterStatus } from '../gaps/labels';
import { type RegisterPlan, readablePlan } from '../gaps/queries';
import { gapScopeWhere, linkedActivityWhere } from '../gaps/scope';
import { planVisibilityWhere } from '../plans/queries';
import { type RiskLevel, riskLevel, riskScore, sortByScore } from './scoring';

/**
 * The risk assessment of a plan as its readers see it. Risks concern the whole förvaltning, so every reader of the
 * live register (HR, managers) sees every risk; the gaps and activities linked to one are shown as far as the
 * reader's scope reaches. Union reps read it only as frozen with the version sent to their meeting.
 */

export type RiskView = {
  id: string;
  version: number;
  title: string;
  description: string;
  likelihood: number;
  consequence: number;
  score: number;
  level: RiskLevel;
  owner: string;
  mitigation: string;
  status: RegisterStatus;
  sortOrder: number;
  gaps: { id: string; description: string }[];
  activities: { id: string; title: string }[];
};

async function readRisks(access: OrgAccess, where: { planId?: string; id?: string }) {
  const scope = scopeFor(access, 'read:activity');
  const db = await getDb();
  const rows = await db.risk.findMany({
    where: { AND: [where, { plan: planVisibilityWhere(access) }] },
    include: {
      gaps: {
        where: { gap: gapScopeWhere(scope) },
        include: { gap: { select: { id: true, description: true, sortOrder: true } } },
        orderBy: { gap: { sortOrder: 'asc' } },
      },
      activities: {
        where: { activity: linkedActivityWhere(scope) },
        include: { activity: { select: { id: true, title: true } } },
        orderBy: { activity: { sortOrder: 'asc' } },
      },
    },
  });
  return rows.map((r): RiskView & { planId: string } => ({
    id: r.id,
    planId: r.planId,
    version: r.version,
    title: r.title,
    description: r.description,
    likelihood: r.likelihood,
    consequence: r.consequence,
    score: riskScore(r),
    level: riskLevel(riskScore(r)),
    owner: r.ownerText,
    mitigation: r.mitigation,
    status: r.status,
    sortOrder: r.sortOrder,
    gaps: r.gaps.map(({ gap: { id, description } }) => ({ id, description })),
    activities: r.activities.map((a) => a.activity),
  }));
}

/** The risks of the plan starting `startYear`, highest score first. Null: no such plan for this reader. */
export async function loadRiskRegister(
  access: OrgAccess,
  startYear: number,
): Promise<{ plan: RegisterPlan; risks: RiskView[] } | null> {
  const plan = await readablePlan(access, startYear);
  if (!plan) return null;
  return { plan, risks: sortByScore(await readRisks(access, { planId: plan.id })) };
}

/** One risk the caller may read, with its plan, or null. */
export async function loadRisk(access: OrgAccess, riskId: string): Promise<(RiskView & { plan: RegisterPlan }) | null> {
  organizationFor(access, 'read:activity');
  const [row] = await readRisks(access, { id: riskId.slice(0, 64) });
  if (!row) return null;
  const plan = await (
    await getDb()
  ).plan.findUniqueOrThrow({
    where: { id: row.planId },
    select: { id: true, title: true, startYear: true, endYear: true },
  });
  return { ...row, plan };
}
