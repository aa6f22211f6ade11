import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createActivityAction,
  moveActivityAction,
  removeActivityAction,
  restoreActivityAction,
  updateActivityAction,
} from '@/lib/activities/mutations';
import { loadRegister } from '@/lib/plans/activity-register';
import {
  type RegisterActivity,
  type RegisterFilters,
  WHOLE_ORGANIZATION,
  filterActivities,
  groupByPhase,
} from '@/lib/activities/register-model';
import { DISPLAY_STATUSES } from '@/lib/activities/status';
import type { OrgAccess } from '@/lib/auth/permissions';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser, inviteToReview } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let other: Awaited<ReturnType<typeof createOrganization>>;
const users: Record<string, string> = {};
let planId: string;
let otherPlanId: string;
let phaseId: string;

const plan = (status: 'DRAFT' | 'IN_REVIEW' | 'ADOPTED', startYear: number) => ({
  startYear,
  title: `Plan ${startYear}`,
  status,
  focusStrategies: [],
  sections: [],
  activities: [],
  gaps: [],
  risks: [],
});

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, { plans: [plan('DRAFT', 2027)] });
  other = await createOrganization(t.db, { plans: [plan('DRAFT', 2027)] });
  const user = async (key: string, m: Parameters<typeof createUser>[1]['memberships']) =>
    (users[key] = (await createUser(t.db, { email: `${key}@reg.test`, name: key, memberships: m })).id);
  await user('hr', [{ org: org.slug, role: 'HR' }]);
  await user('manager', [{ org: org.slug, role: 'MANAGER', departments: ['Äldreomsorg'] }]);
  await user('union', [{ org: org.slug, role: 'UNION_REP', union: 'Vision' }]);
  await user('admin', [{ org: org.slug, role: 'ADMIN' }]);
  planId = (await t.db.plan.findFirstOrThrow({ where: { organizationId: org.id } })).id;
  otherPlanId = (await t.db.plan.findFirstOrThrow({ where: { organizationId: other.id } })).id;
  phaseId = (await t.db.ubaraPhase.findFirstOrThrow({ where: { key: 'UTVECKLA' } })).id;
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

const fields = (title: string) => ({
  org: org.slug,
  goal: 'Fler undersköterskor med skyddad yrkestitel',
  title,
  phaseId,
  ownerText: 'Avdelningschef äldreomsorg',
  status: 'IN_PROGRESS',
  dueDate: '2027-12-31',
});

async function create(title: string) {
  actAs(users.hr!);
  const result = await createActivityAction({ ...fields(title), planId });
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

describe(`HR's activity register (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('creates an activity with strategies, audited, at the end of the plan', async () => {
    const strategy = await t.db.skrStrategy.findFirstOrThrow({ where: { set: { isCurrent: true } } });
    actAs(users.hr!);
    const result = await createActivityAction({ ...fields('Validering'), planId, strategyIds: [strategy.id] });
    expect(result).toMatchObject({ ok: true });
    const id = result.ok ? result.data.id : '';
    const saved = await t.db.activity.findUniqueOrThrow({ where: { id }, include: { strategies: true } });
    expect(saved).toMatchObject({ title: 'Validering', version: 1, sortOrder: 1 });
    expect(saved.dueDate?.toISOString().slice(0, 10)).toBe('2027-12-31');
    expect(saved.strategies.map((s) => s.strategyId)).toEqual([strategy.id]);
    expect(await t.db.auditLog.count({ where: { action: 'activity.create', entityId: id } })).toBe(1);
  });

  it('refuses managers, union reps and admins, and another organisation’s plan, changing nothing', async () => {
    const before = await t.db.activity.count();
    for (const key of ['manager', 'union', 'admin']) {
      actAs(users[key]!);
      expect(await createActivityAction({ ...fields('Obehörig'), planId })).toMatchObject({ code: 'denied' });
    }
    actAs(users.hr!);
    expect(await createActivityAction({ ...fields('Fel plan'), planId: otherPlanId })).toMatchObject({
      code: 'denied',
    });
    expect(await t.db.activity.count()).toBe(before);
  });

  it('reports unknown references and bad dates as field errors in Swedish', async () => {
    actAs(users.hr!);
    const before = await t.db.activity.count();
    const otherDept = other.departments.get('Äldreomsorg')!;
    const result = await createActivityAction({
      ...fields('Fel'),
      planId,
      departmentId: otherDept,
      strategyIds: ['finns-inte'],
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        departmentId: ['Okänd avdelning.'],
        strategyIds: ['Välj strategier ur planens uppsättning av SKR:s strategier.'],
      },
    });
    // A strategy of another set (the 2019 set on a plan that uses the 2024 set) does not belong on the plan.
    const older = await t.db.skrStrategy.findFirstOrThrow({ where: { set: { isCurrent: false } } });
    const wrongSet = await createActivityAction({ ...fields('Fel uppsättning'), planId, strategyIds: [older.id] });
    expect(!wrongSet.ok && wrongSet.fieldErrors?.strategyIds?.[0]).toBe(
      'Välj strategier ur planens uppsättning av SKR:s strategier.',
    );
    const date = await createActivityAction({ ...fields('Fel datum'), planId, dueDate: '31/12/2027' });
    expect(!date.ok && date.fieldErrors?.dueDate?.[0]).toBe('Skriv måldatum som ÅÅÅÅ-MM-DD.');
    expect(await t.db.activity.count()).toBe(before);
  });

  it('edits with optimistic locking: a stale version is a conflict and changes nothing', async () => {
    const id = await create('Att ändra');
    actAs(users.hr!);
    expect(await updateActivityAction({ ...fields('Ändrad'), activityId: id, version: 1 })).toMatchObject({
      ok: true,
    });
    expect(await updateActivityAction({ ...fields('Krock'), activityId: id, version: 1 })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    expect(await t.db.activity.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: 'Ändrad', version: 2 });
  });

  it('reorders, and removes into the history with follow-ups kept, then restores', async () => {
    const a = await create('Först');
    const b = await create('Sist');
    actAs(users.hr!);
    expect(await moveActivityAction({ org: org.slug, activityId: b, direction: 'up' })).toMatchObject({ ok: true });
    const order = (await t.db.activity.findMany({ where: { planId }, orderBy: { sortOrder: 'asc' } })).map(
      (x) => x.title,
    );
    expect(order.indexOf('Sist')).toBeLessThan(order.indexOf('Först'));

    await t.db.followUp.create({
      data: { activityId: a, year: 2026, period: 'T2', status: 'IN_PROGRESS', comment: 'Pågår' },
    });
    expect(await removeActivityAction({ org: org.slug, activityId: a, version: 1 })).toMatchObject({ ok: true });
    const access = {
      organizationId: org.id,
      roles: ['HR' as const],
      managedDepartmentIds: [],
      unionOrganizationId: null,
    };
    let register = await loadRegister(access, planId);
    expect(register.activities.map((x) => x.title)).not.toContain('Först');
    expect(register.removed.map((x) => x.title)).toEqual(['Först']);
    expect(await t.db.followUp.count({ where: { activityId: a } })).toBe(1);

    expect(await restoreActivityAction({ org: org.slug, activityId: a, version: 2 })).toMatchObject({ ok: true });
    register = await loadRegister(access, planId);
    expect(register.activities.map((x) => x.title)).toContain('Först');
    expect(register.activities.find((x) => x.title === 'Först')?.latestFollowUp?.comment).toBe('Pågår');
  });

  it('shows union reps the activities of plans under samverkan, not drafts', async () => {
    const access = {
      organizationId: org.id,
      roles: ['UNION_REP' as const],
      managedDepartmentIds: [],
      unionOrganizationId: null,
    };
    expect((await loadRegister(access, planId)).plan).toBeNull();
    await t.db.plan.update({ where: { id: planId }, data: { status: 'IN_REVIEW' } });
    // Only once the plan is sent to a meeting the rep's union is invited to (issue 9).
    expect((await loadRegister(access, planId)).plan).toBeNull();
    const register = await loadRegister(
      { ...access, unionOrganizationId: await inviteToReview(t.db, planId, 'Vision') },
      planId,
    );
    expect(register.plan?.id).toBe(planId);
    expect(register.activities.length).toBeGreaterThan(0);
  });
});

describe(`the register's pages, filters and counts in SQL (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  const today = new Date('2026-06-01T10:00:00Z');
  const hr = (): OrgAccess => ({
    organizationId: org.id,
    roles: ['HR' as const],
    managedDepartmentIds: [],
    unionOrganizationId: null,
  });
  const manager = (): OrgAccess => ({ ...hr(), roles: ['MANAGER' as const], managedDepartmentIds: [aldre()] });
  const aldre = () => org.departments.get('Äldreomsorg')!;
  const forskola = () => org.departments.get('Förskola')!;
  let bigPlanId: string;
  let strategyIds: string[];
  const ids = (rows: readonly RegisterActivity[]) => rows.map((a) => a.id);
  const everything = (access = hr(), filters: RegisterFilters = {}) =>
    loadRegister(access, bigPlanId, { filters, pageSize: 1000, today });

  beforeAll(async () => {
    // 13 activities over every phase, both departments and the whole förvaltning, every stored status, past and
    // future due dates, in an order (sortOrder) opposite to their creation; one more removed.
    const plan = await t.db.plan.create({
      data: { organizationId: org.id, startYear: 2031, endYear: 2033, title: 'Stor plan', mergeRecruitIntroduce: true },
    });
    bigPlanId = plan.id;
    const phases = await t.db.ubaraPhase.findMany({ orderBy: { sortOrder: 'asc' } });
    strategyIds = (
      await t.db.skrStrategy.findMany({ where: { set: { isCurrent: true } }, orderBy: { sortOrder: 'asc' } })
    ).map((s) => s.id);
    for (let i = 0; i < 14; i++) {
      await t.db.activity.create({
        data: {
          planId: plan.id,
          ubaraPhaseId: phases[i % phases.length]!.id,
          departmentId: [aldre(), forskola(), null][i % 3],
          goal: `Mål ${i}`,
          title: `Aktivitet ${i}`,
          ownerText: i % 3 === 0 ? 'Äldreomsorgschef' : 'HR-avdelningen 100%',
          status: (['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const)[i % 4],
          dueDate: i % 5 === 0 ? null : new Date(i % 2 ? '2026-01-31' : '2027-12-31'),
          sortOrder: 20 - i,
          removedAt: i === 13 ? new Date() : null,
          strategies: {
            create: [strategyIds[i % 3]!, ...(i % 4 === 0 ? [strategyIds[3]!] : [])].map((strategyId) => ({
              strategyId,
            })),
          },
        },
      });
    }
    const first = await t.db.activity.findFirstOrThrow({ where: { planId: plan.id, title: 'Aktivitet 0' } });
    const second = await t.db.activity.findFirstOrThrow({ where: { planId: plan.id, title: 'Aktivitet 1' } });
    const followUp = (activityId: string, year: number, period: 'T1' | 'T2' | 'ANNUAL', comment: string) =>
      ({ activityId, year, period, status: 'IN_PROGRESS', comment }) as const;
    await t.db.followUp.createMany({
      data: [
        followUp(first.id, 2026, 'T1', 'Senaste'),
        followUp(first.id, 2025, 'ANNUAL', 'Äldre'),
        // Helår comes after tertial 2 in the year (the enum's order, not the text's).
        followUp(second.id, 2025, 'T2', 'Tertial'),
        followUp(second.id, 2025, 'ANNUAL', 'Helåret'),
      ],
    });
  });

  it('reads every activity of the plan once, in group order, over pages that cover the unpaged list', async () => {
    const all = await everything();
    expect(all).toMatchObject({ total: 13, matching: 13, page: 1, pageCount: 1 });
    expect(all.removed.map((a) => a.title)).toEqual(['Aktivitet 13']);
    expect(all.activities.find((a) => a.title === 'Aktivitet 0')?.latestFollowUp).toEqual({
      label: 'Tertial 1 2026',
      comment: 'Senaste',
    });
    expect(all.activities.find((a) => a.title === 'Aktivitet 1')?.latestFollowUp).toEqual({
      label: 'Helår 2025',
      comment: 'Helåret',
    });
    const grouped = groupByPhase(all.activities, all.phases, true);
    expect(grouped.flatMap((g) => ids(g.activities))).toEqual(ids(all.activities));
    // Within a phase, the plan's order (sortOrder), not creation order.
    for (const g of grouped) {
      const numbers = g.activities.map((a) => Number(a.title.split(' ')[1]));
      expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    }
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(await loadRegister(hr(), bigPlanId, { page, pageSize: 5, today }));
    expect(pages.map((p) => [p.page, p.pageCount, p.activities.length, p.total, p.matching])).toEqual([
      [1, 3, 5, 13, 13],
      [2, 3, 5, 13, 13],
      [3, 3, 3, 13, 13],
    ]);
    expect(pages.flatMap((p) => ids(p.activities))).toEqual(ids(all.activities));
    // Out of range: past the end is the last page, below 1 the first.
    expect(ids((await loadRegister(hr(), bigPlanId, { page: 99, pageSize: 5, today })).activities)).toEqual(
      ids(pages[2]!.activities),
    );
    expect((await loadRegister(hr(), bigPlanId, { page: 0, pageSize: 5, today })).page).toBe(1);
  });

  it('filters in SQL by the same rules as filterActivities, and counts every match, not the page', async () => {
    const all = await everything();
    const cases: RegisterFilters[] = [
      { phase: 'UTVECKLA' },
      { phase: 'REKRYTERA_INTRODUCERA' },
      { phase: 'OKÄND' },
      { strategy: strategyIds[3] },
      { department: aldre() },
      { department: WHOLE_ORGANIZATION },
      ...DISPLAY_STATUSES.map((status) => ({ status })),
      { owner: 'äldreomsorgsc' },
      { owner: '100%' },
      { owner: '%' },
      { owner: '_' },
      { phase: 'UTVECKLA', status: 'OVERDUE', department: forskola() },
    ];
    for (const filters of cases) {
      const expected = ids(filterActivities(all.activities, filters));
      const result = await everything(hr(), filters);
      expect({ filters, ids: ids(result.activities) }).toEqual({ filters, ids: expected });
      expect(result.total).toBe(13);
      const paged = await loadRegister(hr(), bigPlanId, { filters, pageSize: 2, today });
      expect([paged.matching, paged.activities.length]).toEqual([expected.length, Math.min(2, expected.length)]);
    }
    // Wildcards are text: "%" finds the owners written with a per cent sign, "_" finds none.
    const percent = await everything(hr(), { owner: '%' });
    expect(percent.activities.map((a) => a.owner)).toEqual(percent.activities.map(() => 'HR-avdelningen 100%'));
    expect(percent.matching).toBe(8);
    expect((await everything(hr(), { owner: '_' })).matching).toBe(0);
    expect((await everything(hr(), { status: 'OVERDUE' })).activities.length).toBeGreaterThan(0);
  });

  it('keeps the manager to their department in the rows, the counts and the coverage', async () => {
    const all = await everything();
    const mine = await everything(manager());
    const expected = all.activities.filter((a) => a.departmentId === aldre());
    expect(ids(mine.activities)).toEqual(ids(expected));
    expect([mine.total, mine.matching]).toEqual([expected.length, expected.length]);
    expect(mine.removed).toEqual([]);
    const other = await everything(manager(), { department: forskola() });
    expect([other.activities.length, other.matching, other.total]).toEqual([0, 0, expected.length]);
    const paged = await loadRegister(manager(), bigPlanId, { page: 2, pageSize: 2, today });
    expect(paged.activities.every((a) => a.departmentId === aldre())).toBe(true);

    const countsOf = (rows: readonly RegisterActivity[]) => {
      const counts = new Map<string, number>();
      for (const a of rows)
        for (const s of a.strategies)
          counts.set(`${s.id} ${a.phaseKey}`, (counts.get(`${s.id} ${a.phaseKey}`) ?? 0) + 1);
      return [...counts].sort();
    };
    const coverage = (r: typeof all) => r.coverage.map((c) => [`${c.strategyId} ${c.phaseKey}`, c.count]).sort();
    expect(coverage(all)).toEqual(countsOf(all.activities));
    expect(coverage(mine)).toEqual(countsOf(expected));
    // The coverage is the whole plan's, whatever the filter or page.
    expect(
      coverage(await loadRegister(hr(), bigPlanId, { filters: { phase: 'AVSLUTA' }, pageSize: 1, today })),
    ).toEqual(coverage(all));
  });
});

describe(`the plan the register opens on (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('is this year’s plan on Stockholm’s calendar, even a draft, not last year’s adopted one', async () => {
    const years = await createOrganization(t.db, {
      plans: [plan('ADOPTED', 2025), plan('DRAFT', 2026), plan('ADOPTED', 2027)],
    });
    const hr: OrgAccess = {
      organizationId: years.id,
      roles: ['HR'],
      managedDepartmentIds: [],
      unionOrganizationId: null,
    };
    const opened = async (today: string) => (await loadRegister(hr, undefined, { today: new Date(today) })).plan?.title;
    expect(await opened('2026-06-01T10:00:00Z')).toBe('Plan 2026');
    // 31 Dec 23:30 in Stockholm (22:30 UTC): still 2026. Ten minutes past midnight in Stockholm: 2027's plan.
    expect(await opened('2026-12-31T22:30:00Z')).toBe('Plan 2026');
    expect(await opened('2026-12-31T23:10:00Z')).toBe('Plan 2027');
    // A plan id still opens that plan.
    const first = await t.db.plan.findFirstOrThrow({ where: { organizationId: years.id, startYear: 2025 } });
    expect((await loadRegister(hr, first.id, { today: new Date('2026-06-01T10:00:00Z') })).plan?.title).toBe(
      'Plan 2025',
    );
  });
});
