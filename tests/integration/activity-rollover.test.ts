import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordFollowUpAction } from '@/lib/activities/follow-up';
import { reportingPeriod } from '@/lib/activities/periods';
import { carryOverActivities, strategyMapper } from '@/lib/activities/rollover';
import { rolloverPlan } from '@/lib/plans/create';
import type { SeedActivity } from '@/prisma/seed-data/types';
import { actAs, stopActing } from '../support/as-user';
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
afterEach(() => stopActing());
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

  it('links each copy to its source; a follow-up written on the source afterwards reaches the copy, not back', async () => {
    const org = await createOrganization(t.db, {
      plans: [plan(2026, [activity('Språkombud', 'IN_PROGRESS', 'Halvvägs')])],
    });
    const hr = await createUser(t.db, {
      email: 'hr@ro3.test',
      name: 'HR',
      memberships: [{ org: org.slug, role: 'HR' }],
    });
    const manager = await createUser(t.db, {
      email: 'chef@ro3.test',
      name: 'Chef',
      memberships: [{ org: org.slug, role: 'MANAGER', departments: ['Äldreomsorg'] }],
    });
    const source = await t.db.activity.findFirstOrThrow({ where: { plan: { organizationId: org.id } } });
    const newPlanId = await t.db.$transaction((tx) =>
      rolloverPlan(tx, { organizationId: org.id, startYear: 2027, userId: hr.id, sourcePlanId: source.planId }),
    );
    const copy = await t.db.activity.findFirstOrThrow({ where: { planId: newPlanId! } });
    expect(copy.copiedFromId).toBe(source.id);

    // Last year's plan is still the one followed up: the manager reports on the source after the copy was made.
    const due = reportingPeriod(new Date());
    actAs(manager.id);
    const report = { org: org.slug, year: due.year, period: due.period, status: 'DONE', comment: 'Klart i höst.' };
    expect(await recordFollowUpAction({ ...report, activityId: source.id, version: source.version })).toMatchObject({
      ok: true,
    });
    const reached = await t.db.activity.findUniqueOrThrow({
      where: { id: copy.id },
      include: { followUps: { orderBy: { createdAt: 'asc' } } },
    });
    expect(reached.followUps.map((f) => [f.year, f.period, f.status, f.comment])).toEqual([
      [2025, 'ANNUAL', 'IN_PROGRESS', 'Halvvägs'],
      [due.year, due.period, 'DONE', 'Klart i höst.'],
    ]);
    expect(reached.followUps[1]!.authorId).toBe(manager.id);
    expect(reached.status).toBe('DONE');
    expect(reached.version).toBe(copy.version + 1);
    // The source keeps its own row, and the audit row says where it was mirrored.
    expect(await t.db.followUp.count({ where: { activityId: source.id } })).toBe(2);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'activity.follow-up', userId: manager.id } });
    expect(audit.details).toMatchObject({ mirroredTo: [copy.id] });

    // A follow-up on the copy stays on the copy.
    const corrected = { ...report, status: 'IN_PROGRESS', comment: 'Ett steg kvar.' };
    expect(await recordFollowUpAction({ ...corrected, activityId: copy.id, version: reached.version })).toMatchObject({
      ok: true,
    });
    expect(await t.db.followUp.count({ where: { activityId: source.id } })).toBe(2);
    expect(await t.db.followUp.count({ where: { activityId: copy.id } })).toBe(3);
  });
});
