import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carryOverActivities } from '@/lib/activities/rollover';
import type { SeedActivity } from '@/prisma/seed-data/types';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;

const activity = (title: string, status: SeedActivity['status'], comment?: string): SeedActivity => ({
  goal: 'Rätt kompetens',
  title,
  phases: ['UTVECKLA'],
  strategies: ['Arbeta med friskfaktorer'],
  department: 'Äldreomsorg',
  owner: 'Avdelningschef',
  status,
  followUps: comment ? [{ year: 2025, period: 'ANNUAL', status, comment }] : [],
});
const plan = (startYear: number, activities: SeedActivity[]) => ({
  startYear,
  title: `Plan ${startYear}`,
  status: 'ADOPTED' as const,
  focusStrategies: [],
  sections: [],
  activities,
  gaps: [],
  risks: [],
});

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.close();
});

describe(`rollover of unfinished activities (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('carries unfinished activities with their history and strategies, and pre-fills last year’s table', async () => {
    const org = await createOrganization(t.db, {
      plans: [
        plan(2025, [activity('Pågående', 'IN_PROGRESS', 'Halvvägs'), activity('Klar', 'DONE', 'Genomförd')]),
        plan(2026, []),
      ],
    });
    const user = await createUser(t.db, {
      email: 'hr@ro.test',
      name: 'HR',
      memberships: [{ org: org.slug, role: 'HR' }],
    });
    const [from, to] = await t.db.plan.findMany({ where: { organizationId: org.id }, orderBy: { startYear: 'asc' } });
    const rows = await t.db.$transaction((tx) =>
      carryOverActivities(tx, { fromPlanId: from!.id, toPlanId: to!.id, userId: user.id }),
    );
    expect(rows.map((r) => [r.title, r.status, r.followUp])).toEqual([
      ['Pågående', 'Pågår', 'Helår 2025: Halvvägs'],
      ['Klar', 'Klar', 'Helår 2025: Genomförd'],
    ]);
    const carried = await t.db.activity.findMany({
      where: { planId: to!.id },
      include: { followUps: true, strategies: true },
    });
    expect(carried.map((a) => a.title)).toEqual(['Pågående']);
    expect(carried[0]!.followUps.map((f) => f.comment)).toEqual(['Halvvägs']);
    expect(carried[0]!.strategies).toHaveLength(1);
    // Last year's plan keeps its own activities and history.
    expect(await t.db.activity.count({ where: { planId: from!.id } })).toBe(2);
  });
});
