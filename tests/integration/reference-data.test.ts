import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBoardGoalAction, removeBoardGoalAction, updateBoardGoalAction } from '@/lib/admin/board-goals';
import {
  createStrategySetAction,
  makeCurrentSetAction,
  saveMappingAction,
  updateStrategyAction,
} from '@/lib/system/reference-data';
import { databaseDigest } from './matrix/world';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let otherOrg: Awaited<ReturnType<typeof createOrganization>>;
let admin: string;
let systemAdmin: string;

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, {
    plans: [
      {
        startYear: 2027,
        title: 'Plan 2027–2029',
        status: 'DRAFT',
        focusStrategies: [],
        sections: [],
        activities: [
          {
            goal: 'Rätt kompetens',
            title: 'Språkombud',
            phases: ['UTVECKLA'],
            strategies: [],
            department: 'Äldreomsorg',
            owner: 'Avdelningschef',
            status: 'IN_PROGRESS',
            followUps: [],
          },
        ],
        gaps: [],
        risks: [],
      },
    ],
  });
  otherOrg = await createOrganization(t.db);
  admin = (
    await createUser(t.db, { email: 'admin@ref.se', name: 'Admin', memberships: [{ org: org.slug, role: 'ADMIN' }] })
  ).id;
  systemAdmin = (
    await createUser(t.db, { email: 'system@ref.se', name: 'System', memberships: [], isSystemAdmin: true })
  ).id;
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

const sets = () =>
  t.db.skrStrategySet.findMany({
    include: { strategies: { orderBy: { sortOrder: 'asc' } } },
    orderBy: { validFrom: 'asc' },
  });

describe(`SKR strategies and UBARA phases, maintained by system administrators (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('holds the 2024 set as SKR words it: eight names verified, the ninth flagged; the 2019 set kept', async () => {
    const [old, current] = await sets();
    expect(old!.name).toBe('SKR:s strategier 2019');
    expect(current!.isCurrent).toBe(true);
    expect(current!.strategies.map((s) => s.name).slice(5, 8)).toEqual([
      'Stärk chefens förutsättningar att leda',
      'Synliggör lön, villkor och förmåner',
      'Använd kompetensen rätt',
    ]);
    expect(current!.strategies.filter((s) => !s.verified).map((s) => s.name)).toEqual([
      'Ta tillvara digitaliseringens och teknikens möjligheter',
    ]);
  });

  it('renames a strategy, and refuses a save over someone else’s newer change or a duplicate name', async () => {
    actAs(systemAdmin);
    const [, current] = await sets();
    const ninth = current!.strategies[8]!;
    const saved = await updateStrategyAction({
      strategyId: ninth.id,
      expectedName: ninth.name,
      name: 'Använd tekniken och digitaliseringen',
      description: 'Kontrollerad mot SKR.',
      verified: 'on',
    });
    expect(saved).toMatchObject({ ok: true });
    const before = await databaseDigest(t.db);
    const stale = await updateStrategyAction({ strategyId: ninth.id, expectedName: ninth.name, name: 'Annat namn' });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    const duplicate = await updateStrategyAction({
      strategyId: ninth.id,
      expectedName: 'Använd tekniken och digitaliseringen',
      name: 'arbeta med friskfaktorer',
    });
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringContaining('finns redan')] } });
    expect(await databaseDigest(t.db)).toBe(before);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'reference.strategy.update' } });
    expect(audit.details).toMatchObject({
      before: { namn: ninth.name, verifierad: false },
      after: { namn: 'Använd tekniken och digitaliseringen', verifierad: true },
    });
  });

  it('refuses an organisation’s administrator: the sets are shared by every förvaltning', async () => {
    actAs(admin);
    const [, current] = await sets();
    const before = await databaseDigest(t.db);
    const result = await updateStrategyAction({
      strategyId: current!.strategies[0]!.id,
      expectedName: current!.strategies[0]!.name,
      name: 'Kapad',
    });
    expect(result).toMatchObject({ ok: false, code: 'denied' });
    expect(await databaseDigest(t.db)).toBe(before);
  });

  it('creates a new version as a mapped copy, maps it, and makes it current for new plans only', async () => {
    actAs(systemAdmin);
    const [old, current] = await sets();
    expect(
      await createStrategySetAction({ name: 'SKR:s strategier 2028', validFrom: '2028', copyFromSetId: current!.id }),
    ).toMatchObject({ ok: true });
    const next = await t.db.skrStrategySet.findUniqueOrThrow({
      where: { name: 'SKR:s strategier 2028' },
      include: { strategies: { include: { mapsFrom: true } } },
    });
    expect(next.strategies).toHaveLength(current!.strategies.length);
    expect(next.strategies.every((s) => s.mapsFrom.length === 1)).toBe(true);

    // A pair outside the two sets is refused and changes nothing.
    const before = await databaseDigest(t.db);
    const foreign = await saveMappingAction({
      fromSetId: current!.id,
      toSetId: next.id,
      pairs: [`${old!.strategies[0]!.id}>${next.strategies[0]!.id}`],
    });
    expect(foreign).toMatchObject({ ok: false, code: 'invalid' });
    expect(await databaseDigest(t.db)).toBe(before);

    // Replace the mapping: only the first strategy carries over, onto two.
    const saved = await saveMappingAction({
      fromSetId: current!.id,
      toSetId: next.id,
      pairs: [
        `${current!.strategies[0]!.id}>${next.strategies[0]!.id}`,
        `${current!.strategies[0]!.id}>${next.strategies[1]!.id}`,
      ],
    });
    expect(saved).toMatchObject({ ok: true });
    const mapped = await t.db.skrStrategyMapping.findMany({
      where: { toId: { in: next.strategies.map((s) => s.id) } },
    });
    expect(mapped).toHaveLength(2);

    const plansBefore = await t.db.plan.findMany({ select: { id: true, strategySetId: true } });
    expect(await makeCurrentSetAction({ setId: next.id })).toMatchObject({ ok: true });
    const after = await t.db.skrStrategySet.findMany({ where: { isCurrent: true } });
    expect(after.map((s) => s.name)).toEqual(['SKR:s strategier 2028']);
    expect((await t.db.skrStrategySet.findUniqueOrThrow({ where: { id: current!.id } })).validTo).toBe(2027);
    expect(await t.db.plan.findMany({ select: { id: true, strategySetId: true } })).toEqual(plansBefore);
    // Back, so the other tests see the seed's current set.
    expect(await makeCurrentSetAction({ setId: current!.id })).toMatchObject({ ok: true });
  });

  it('leaves exactly one current set when two administrators choose different sets at once', async () => {
    actAs(systemAdmin);
    const all = await sets();
    const results = await Promise.all(all.slice(-2).map((s) => makeCurrentSetAction({ setId: s.id })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await t.db.skrStrategySet.count({ where: { isCurrent: true } })).toBe(1);
  });
});

describe(`nämndmål per year, maintained by the organisation's administrators (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('adds, edits and removes a goal; refuses a duplicate number for the year and a stale edit', async () => {
    actAs(admin);
    expect(
      await createBoardGoalAction({ org: org.slug, code: '2.1.1', year: '2027', title: 'Attraktiv arbetsgivare' }),
    ).toMatchObject({ ok: true });
    const goal = await t.db.boardGoal.findFirstOrThrow({ where: { organizationId: org.id, code: '2.1.1' } });
    const before = await databaseDigest(t.db);
    expect(
      await createBoardGoalAction({ org: org.slug, code: '2.1.1', year: '2027', title: 'Samma nummer igen' }),
    ).toMatchObject({ ok: false, fieldErrors: { code: [expect.any(String)] } });
    expect(
      await createBoardGoalAction({ org: org.slug, code: '2.1.1', year: 'nästa år', title: 'Fel år' }),
    ).toMatchObject({ ok: false, fieldErrors: { year: [expect.stringContaining('Ange året')] } });
    expect(await databaseDigest(t.db)).toBe(before);
    expect(
      await updateBoardGoalAction({
        org: org.slug,
        boardGoalId: goal.id,
        expectedTitle: goal.title,
        code: '2.1.1',
        year: '2028',
        title: 'Attraktiv arbetsgivare för alla',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await updateBoardGoalAction({
        org: org.slug,
        boardGoalId: goal.id,
        expectedTitle: goal.title,
        code: '2.1.1',
        year: '2028',
        title: 'Över någon annans ändring',
      }),
    ).toMatchObject({ ok: false, code: 'conflict' });
    expect(await removeBoardGoalAction({ org: org.slug, boardGoalId: goal.id })).toMatchObject({ ok: true });
    expect(await t.db.boardGoal.count({ where: { id: goal.id } })).toBe(0);
  });

  it('keeps a goal that activities use, and never touches another förvaltning’s goal', async () => {
    actAs(admin);
    const used = await t.db.boardGoal.findFirst({ where: { organizationId: org.id, activities: { some: {} } } });
    const foreign = await t.db.boardGoal.create({
      data: { organizationId: otherOrg.id, code: '1.1', title: 'Annan förvaltnings mål', year: 2027 },
    });
    const before = await databaseDigest(t.db);
    expect(used).not.toBeNull();
    expect(await removeBoardGoalAction({ org: org.slug, boardGoalId: used!.id })).toMatchObject({
      ok: false,
      error: expect.stringContaining('används av'),
    });
    expect(await removeBoardGoalAction({ org: org.slug, boardGoalId: foreign.id })).toMatchObject({
      ok: false,
      code: 'denied',
    });
    expect(
      await updateBoardGoalAction({
        org: org.slug,
        boardGoalId: foreign.id,
        expectedTitle: foreign.title,
        code: '1.1',
        year: '2027',
        title: 'Kapat',
      }),
    ).toMatchObject({ ok: false, code: 'denied' });
    expect(await databaseDigest(t.db)).toBe(before);
  });
});
