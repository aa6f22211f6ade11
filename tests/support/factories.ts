/** Test data built the way the demo seed builds it (prisma/seed/*), small and explicit per test. */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { frozenContent } from '@/lib/plans/snapshot-content';
import type { SeedOrganization } from '@/prisma/seed-data/types';
import { seedOrganization } from '@/prisma/seed/organization';
import { seedReferenceData } from '@/prisma/seed/reference';
import { type DemoAccount, seedDemoUsers } from '@/prisma/seed/users';

let counter = 0;

export function organizationData(overrides: Partial<SeedOrganization> = {}): SeedOrganization {
  counter += 1;
  return {
    slug: `testforvaltning-${counter}`,
    name: `Testförvaltning ${counter}`,
    boardName: 'Testnämnden',
    turnoverDefinition:
      'Avgångar till annan arbetsgivare eller förvaltning ÷ genomsnittligt antal tillsvidareanställda.',
    departments: [
      { name: 'Äldreomsorg', kind: 'department' },
      { name: 'Förskola', kind: 'department' },
    ],
    occupations: ['Undersköterska', 'Förskollärare'],
    boardGoals: [{ code: '3.4.1', title: 'Rätt kompetens' }],
    goals: [],
    statistics: [],
    surveys: [],
    plans: [],
    ...overrides,
  };
}

export async function createOrganization(db: PrismaClient, overrides: Partial<SeedOrganization> = {}) {
  await seedReferenceData(db);
  const data = organizationData(overrides);
  const { id, departments } = await seedOrganization(db, data);
  return { id, slug: data.slug, departments };
}

export async function createUser(db: PrismaClient, account: DemoAccount) {
  await seedDemoUsers(db, [account]);
  return db.user.findUniqueOrThrow({ where: { email: account.email } });
}

/**
 * Sends the plan's frozen version to a samverkan meeting that invites the union (issue 9: reps see only plans sent
 * to a meeting their union is invited to). Freezes the plan now if it has no REVIEW snapshot. Returns the union id.
 */
export async function inviteToReview(db: PrismaClient, planId: string, union = 'Vision'): Promise<string> {
  const plan = await db.plan.findUniqueOrThrow({ where: { id: planId }, include: { sections: true } });
  const unionOrganization = await db.unionOrganization.findUniqueOrThrow({ where: { name: union } });
  const snapshot =
    (await db.planSnapshot.findFirst({ where: { planId, kind: 'REVIEW' }, orderBy: { createdAt: 'desc' } })) ??
    (await db.planSnapshot.create({
      data: { planId, kind: 'REVIEW', content: frozenContent(plan, plan.sections, new Map()) as object },
    }));
  await db.reviewMeeting.create({
    data: {
      organizationId: plan.organizationId,
      planId,
      reviewedSnapshotId: snapshot.id,
      title: 'Kompetensförsörjningsplanen',
      date: new Date('2099-01-01T00:00:00Z'),
      invitedUnions: { create: { unionOrganizationId: unionOrganization.id } },
    },
  });
  return unionOrganization.id;
}
