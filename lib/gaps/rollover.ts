import 'server-only';
import type { Tx } from '../auth/guard';

/**
 * Inside the caller's transaction (a plan rolled over from last year's, lib/plans/create.ts): copies last year's
 * open and in-progress competence gaps and risks into the new plan. A gap keeps its departments, occupations and
 * its comment trail (append-only, so copied with the original dates, not moved); links follow the activities and
 * gaps that were carried over with it (an activity finished last year stays behind, and so does its link). Each
 * copy names its source (`copiedFromId`). Returns how many of each were carried.
 */
export async function carryOverGapsAndRisks(
  tx: Tx,
  { fromPlanId, toPlanId }: { fromPlanId: string; toPlanId: string },
): Promise<{ gaps: number; risks: number }> {
  const carriedActivities = await tx.activity.findMany({
    where: { planId: toPlanId, copiedFromId: { not: null } },
    select: { id: true, copiedFromId: true },
  });
  const activityCopy = new Map(carriedActivities.map((a) => [a.copiedFromId!, a.id]));
  const activityLinks = (links: { activityId: string }[]) =>
    links.flatMap((l) => (activityCopy.has(l.activityId) ? [{ activityId: activityCopy.get(l.activityId)! }] : []));

  const gaps = await tx.competenceGap.findMany({
    where: { planId: fromPlanId, status: { not: 'CLOSED' } },
    include: { departments: true, occupations: true, activities: true, comments: { orderBy: { createdAt: 'asc' } } },
    orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
  });
  const gapCopy = new Map<string, string>();
  for (const gap of gaps) {
    const copy = await tx.competenceGap.create({
      data: {
        planId: toPlanId,
        area: gap.area,
        description: gap.description,
        priority: gap.priority,
        status: gap.status,
        sortOrder: gap.sortOrder,
        copiedFromId: gap.id,
        departments: { create: gap.departments.map(({ departmentId }) => ({ departmentId })) },
        occupations: { create: gap.occupations.map(({ occupationId }) => ({ occupationId })) },
        activities: { create: activityLinks(gap.activities) },
        comments: {
          create: gap.comments.map((c) => ({
            text: c.text,
            authorId: c.authorId,
            authorName: c.authorName,
            createdAt: c.createdAt,
          })),
        },
      },
    });
    gapCopy.set(gap.id, copy.id);
  }

  const risks = await tx.risk.findMany({
    where: { planId: fromPlanId, status: { not: 'CLOSED' } },
    include: { gaps: true, activities: true },
    orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
  });
  for (const risk of risks) {
    await tx.risk.create({
      data: {
        planId: toPlanId,
        title: risk.title,
        description: risk.description,
        likelihood: risk.likelihood,
        consequence: risk.consequence,
        mitigation: risk.mitigation,
        ownerText: risk.ownerText,
        status: risk.status,
        sortOrder: risk.sortOrder,
        copiedFromId: risk.id,
        gaps: {
          create: risk.gaps.flatMap((g) => (gapCopy.has(g.gapId) ? [{ gapId: gapCopy.get(g.gapId)! }] : [])),
        },
        activities: { create: activityLinks(risk.activities) },
      },
    });
  }
  return { gaps: gaps.length, risks: risks.length };
}
