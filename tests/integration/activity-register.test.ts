import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createActivityAction,
  moveActivityAction,
  removeActivityAction,
  restoreActivityAction,
  updateActivityAction,
} from '@/lib/activities/mutations';
import { loadRegister } from '@/lib/activities/register';
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
