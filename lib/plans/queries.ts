import 'server-only';
import { memberOrganization } from '../auth/data-access';
import { cache } from 'react';
import { type OrgAccess, can } from '../auth/permissions';
import { getDb } from '../db/client';
import type { PlanStatus, Prisma } from '../generated/prisma/client';
import { type InForce, planStatusText } from './in-force';
import { versionsInForce } from './in-force-query';

export { PLAN_STATUS_LABELS } from './plan-status-labels';

/**
 * Union representatives read a plan only from samverkan on, and only once a version of it has been sent to a
 * meeting their own union organisation is invited to (issue 9); drafts are the employer's working material.
 */
export function planVisibilityWhere(access: OrgAccess): Prisma.PlanWhereInput {
  const base = { organizationId: access.organizationId };
  if (can(access, 'read:plan:draft')) return base;
  if (can(access, 'read:plan:published') && access.unionOrganizationId) {
    return {
      ...base,
      status: { in: ['IN_REVIEW', 'ADOPTED'] },
      meetings: {
        some: {
          reviewedSnapshotId: { not: null },
          invitedUnions: { some: { unionOrganizationId: access.unionOrganizationId } },
        },
      },
    };
  }
  return { ...base, id: '' }; // matches nothing
}

export type PlanListItem = {
  id: string;
  title: string;
  startYear: number;
  endYear: number;
  status: PlanStatus;
  planVersion: number;
  /** The adopted version still in force while a later version is worked on. */
  inForce: InForce | null;
  /** The status as lists show it, with the version in force (in-force.ts). */
  statusText: string;
  sectionCount: number;
  activityCount: number;
  questionCount: number;
  updatedAt: Date;
};

export async function listPlans(access: OrgAccess): Promise<PlanListItem[]> {
  memberOrganization(access);
  const db = await getDb();
  const plans = await db.plan.findMany({
    where: planVisibilityWhere(access),
    orderBy: { startYear: 'desc' },
    include: {
      _count: { select: { sections: { where: { removedAt: null } }, activities: true, questions: true } },
    },
  });
  const inForce = await versionsInForce(db, plans);
  return plans.map((p) => ({
    id: p.id,
    title: p.title,
    startYear: p.startYear,
    endYear: p.endYear,
    status: p.status,
    planVersion: p.planVersion,
    inForce: inForce.get(p.id) ?? null,
    statusText: planStatusText(p, inForce.get(p.id) ?? null),
    sectionCount: p._count.sections,
    activityCount: p._count.activities,
    questionCount: p._count.questions,
    updatedAt: p.updatedAt,
  }));
}

/** Cached per request, so the page and its metadata share one query. */
export const getPlanByYear = cache(async (access: OrgAccess, startYear: number) => {
  memberOrganization(access);
  const db = await getDb();
  return db.plan.findFirst({
    where: { ...planVisibilityWhere(access), startYear },
    include: {
      sections: { orderBy: { sortOrder: 'asc' } },
      focusStrategies: { include: { strategy: true } },
    },
  });
});
