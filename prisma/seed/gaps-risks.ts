import type { SeedPlan } from '../seed-data/types';
import { type Lookup, lookup } from './lookup';
import type { Tx } from './reference';

/** A plan's competence gaps and risks with their links, as the seed documents state them (seeds 001, 003, 004). */
export async function createGapsAndRisks(
  db: Tx,
  input: {
    planId: string;
    plan: SeedPlan;
    slug: string;
    departments: Lookup;
    occupations: Lookup;
    activityIds: Lookup;
  },
): Promise<void> {
  const { planId, plan, slug, departments, occupations, activityIds } = input;
  const activities = (titles: string[] | undefined) =>
    (titles ?? []).map((title) => ({ activityId: lookup(activityIds, title, 'aktivitet', slug)! }));
  const gapIds: Lookup = new Map();
  for (const [index, gap] of plan.gaps.entries()) {
    const departmentNames = [...new Set([...(gap.department ? [gap.department] : []), ...(gap.departments ?? [])])];
    const saved = await db.competenceGap.create({
      data: {
        planId,
        area: gap.area,
        description: gap.description,
        priority: gap.priority ?? 'MEDIUM',
        status: gap.status ?? 'OPEN',
        sortOrder: index + 1,
        departments: {
          create: departmentNames.map((name) => ({ departmentId: lookup(departments, name, 'avdelning', slug)! })),
        },
        occupations: {
          create: (gap.occupations ?? []).map((name) => ({
            occupationId: lookup(occupations, name, 'befattning', slug)!,
          })),
        },
        activities: { create: activities(gap.activities) },
        comments: {
          create: (gap.comments ?? []).map((c) => ({
            text: c.text,
            authorName: c.author,
            createdAt: new Date(`${c.date}T10:00:00Z`),
          })),
        },
      },
    });
    gapIds.set(gap.description, saved.id);
  }
  for (const [index, risk] of plan.risks.entries()) {
    await db.risk.create({
      data: {
        planId,
        title: risk.title,
        description: risk.description,
        likelihood: risk.likelihood,
        consequence: risk.consequence,
        mitigation: risk.mitigation ?? '',
        ownerText: risk.owner ?? '',
        status: risk.status ?? 'OPEN',
        sortOrder: index + 1,
        gaps: {
          create: (risk.gapDescriptions ?? []).map((d) => ({ gapId: lookup(gapIds, d, 'kompetensgap', slug)! })),
        },
        activities: { create: activities(risk.activities) },
      },
    });
  }
}
