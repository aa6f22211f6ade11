import 'server-only';
import { cache } from 'react';
import { type OrgAccess, can } from '../auth/permissions';
import { getDb } from '../db/client';
import type { PlanStatus, Prisma } from '../generated/prisma/client';

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  DRAFT: 'Utkast',
  IN_REVIEW: 'Under samverkan',
  ADOPTED: 'Fastställd',
};

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
  sectionCount: number;
  activityCount: number;
  questionCount: number;
  updatedAt: Date;
};

export async function listPlans(access: OrgAccess): Promise<PlanListItem[]> {
  const db = await getDb();
  const plans = await db.plan.findMany({
    where: planVisibilityWhere(access),
    orderBy: { startYear: 'desc' },
    include: {
      _count: { select: { sections: { where: { removedAt: null } }, activities: true, questions: true } },
    },
  });
  return plans.map((p) => ({
    id: p.id,
    title: p.title,
    startYear: p.startYear,
    endYear: p.endYear,
    status: p.status,
    sectionCount: p._count.sections,
    activityCount: p._count.activities,
    questionCount: p._count.questions,
    updatedAt: p.updatedAt,
  }));
}

/** Cached per request, so the page and its metadata share one query. */
export const getPlanByYear = cache(async (access: OrgAccess, startYear: number) => {
  const db = await getDb();
  return db.plan.findFirst({
    where: { ...planVisibilityWhere(access), startYear },
    include: {
      sections: { orderBy: { sortOrder: 'asc' } },
      focusStrategies: { include: { strategy: true } },
    },
  });
});
