import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carryOverActivities, strategyMapper } from '@/lib/activities/rollover';
import { rolloverPlan } from '@/lib/plans/create';
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
    const rows = await t.db.$transaction(async (tx) =>
      carryOverActivities(tx, {
        fromPlanId: from!.id,
        toPlanId: to!.id,
        userId: user.id,
        mapStrategies: await strategyMapper(tx, to!.strategySetId!),
      }),
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

  it('moves a 2019-set plan’s strategies onto the current set through the mapping, and counts what has none', async () => {
    const org = await createOrganization(t.db, { plans: [plan(2023, [activity('Äldre', 'IN_PROGRESS')])] });
    const user = await createUser(t.db, {
      email: 'hr@ro2019.test',
      name: 'HR',
      memberships: [{ org: org.slug, role: 'HR' }],
    });
    const old = await t.db.skrStrategySet.findUniqueOrThrow({
      where: { name: 'SKR:s strategier 2019' },
      include: { strategies: true },
    });
    const id2019 = (name: string) => old.strategies.find((s) => s.name === name)!.id;
    const source = await t.db.plan.findFirstOrThrow({
      where: { organizationId: org.id },
      include: { activities: true },
    });
    await t.db.plan.update({
      where: { id: source.id },
      data: {
        strategySetId: old.id,
        focusStrategies: { create: [{ strategyId: id2019('Fler jobbar mer') }] },
      },
    });
    await t.db.activityStrategy.deleteMany({ where: { activityId: source.activities[0]!.id } });
    await t.db.activityStrategy.createMany({
      data: ['Bredda rekryteringen', 'Marknadsför jobben', 'Skapa engagemang'].map((name) => ({
        activityId: source.activities[0]!.id,
        strategyId: id2019(name),
      })),
    });

    const newId = await t.db.$transaction((tx) =>
      rolloverPlan(tx, { organizationId: org.id, startYear: 2024, userId: user.id, sourcePlanId: source.id }),
    );
    const next = await t.db.plan.findUniqueOrThrow({
      where: { id: newId! },
      include: {
        strategySet: true,
        focusStrategies: { include: { strategy: true } },
        activities: { include: { strategies: { include: { strategy: true } } } },
      },
    });
    expect(next.strategySet?.isCurrent).toBe(true);
    expect(next.focusStrategies.map((f) => f.strategy.name)).toEqual(['Underlätta för fler att arbeta mer och längre']);
    // Two 2019 strategies become one 2024 strategy; "Skapa engagemang" has no counterpart and is left out.
    expect(next.activities[0]!.strategies.map((s) => s.strategy.name)).toEqual(['Rekrytera och attrahera bredare']);
  });
});
