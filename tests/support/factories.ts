/** Test data built the way the demo seed builds it (prisma/seed/*), small and explicit per test. */
import type { PrismaClient } from '@/lib/generated/prisma/client';
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
