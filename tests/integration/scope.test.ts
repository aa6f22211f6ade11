/**
 * Scope per permission on a real database (issue 6, items 1–3): what each query returns follows the permission
 * exercised, an empty scope returns nothing, and a manager's survey follows their departments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActivities } from '@/lib/activities/queries';
import { followUpWorklist } from '@/lib/activities/worklist';
import type { OrgAccess, RoleName } from '@/lib/auth/permissions';
import { loadDashboard } from '@/lib/statistics/dashboard/queries';
import type { SeedActivity, SeedStatistic, SeedSurvey } from '@/prisma/seed-data/types';
import { createOrganization, createUser } from '../support/factories';
import { accessOf as accessFromMemberships } from '../support/access';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;

const DEPARTMENTS = ['Äldreomsorg', 'Förskola', 'Socialtjänst'];

const activity = (title: string, department: string): SeedActivity => ({
  goal: 'Rätt kompetens',
  title,
  phases: ['UTVECKLA'],
  strategies: ['Arbeta med friskfaktorer'],
  department,
  owner: 'Avdelningschef',
  status: 'IN_PROGRESS',
  followUps: [],
});

const headcount = (department: string, gender: 'woman' | 'man', value: number): SeedStatistic => ({
  measure: 'headcount',
  year: 2025,
  department,
  occupation: 'Undersköterska',
  employmentForm: 'permanent',
  gender,
  ageBand: '30-39',
  value,
  stated: true,
});

const survey = (ami: number, department?: string): SeedSurvey => ({
  year: 2025,
  department,
  invited: 60,
  responded: 50,
  results: [{ kind: 'ami', key: 'ami', label: 'AMI', value: ami }],
});

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, {
    departments: DEPARTMENTS.map((name) => ({ name, kind: 'department' })),
    statistics: [
      headcount('Äldreomsorg', 'woman', 40),
      headcount('Äldreomsorg', 'man', 3),
      headcount('Förskola', 'woman', 30),
      headcount('Förskola', 'man', 8),
      headcount('Socialtjänst', 'woman', 25),
      headcount('Socialtjänst', 'man', 12),
    ],
    // The organisation's round, Äldreomsorg's own round; Förskola and Socialtjänst have none.
    surveys: [survey(71), survey(64, 'Äldreomsorg')],
    plans: [
      {
        startYear: 2025,
        title: 'Plan 2025–2027',
        status: 'ADOPTED',
        focusStrategies: [],
        sections: [{ title: 'Inledning', body: 'Text.' }],
        activities: DEPARTMENTS.map((d) => activity(`Aktivitet i ${d}`, d)),
        gaps: [],
        risks: [],
      },
    ],
  });
});
afterAll(async () => {
  await t.close();
});

/** The user's access in the organisation, read from the database as the session does (lib/auth/session.ts). */
async function accessOf(email: string): Promise<OrgAccess> {
  const user = await t.db.user.findUniqueOrThrow({ where: { email } });
  return accessFromMemberships(t.db, user.id, org.id);
}

let n = 0;
async function user(memberships: { role: RoleName; departments?: string[]; union?: string }[]): Promise<OrgAccess> {
  n += 1;
  const email = `anvandare-${n}@test.example`;
  await createUser(t.db, {
    email,
    name: `Användare ${n}`,
    memberships: memberships.map((m) => ({ org: org.slug, ...m })),
  });
  return accessOf(email);
}

const charts = (view: Awaited<ReturnType<typeof loadDashboard>>) => view.sections.flatMap((s) => s.charts);
const pyramidRow3039 = (view: Awaited<ReturnType<typeof loadDashboard>>) =>
  charts(view)
    .find((c) => c.id === 'alder-kon')!
    .series.filter((s) => s.key.endsWith('2025'))
    .map((s) => s.displays[1]);

describe(`scope per permission (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('gives a Chef who is also Fackligt ombud suppressed statistics for the whole organisation, but only their own activities', async () => {
    const access = await user([
      { role: 'MANAGER', departments: ['Förskola'] },
      { role: 'UNION_REP', union: 'Akademikerförbundet SSR' },
    ]);
    const view = await loadDashboard(access, {});
    expect(view.departmentLocked).toBe(false);
    expect(view.departmentIds).toEqual([]); // the organisation view, through the union rep's grant …
    expect(view.suppressed).toBe(true); // … and suppressed: neither role may see small cells
    expect(view.departments.map((d) => d.name)).toEqual(DEPARTMENTS);
    // 30–39: 95 women, 23 men in all; the 3 men of Äldreomsorg stay hidden in its own view.
    expect(pyramidRow3039(view)).toEqual(['95', '23']);
    const elderCare = await loadDashboard(access, { departmentId: org.departments.get('Äldreomsorg') });
    expect(pyramidRow3039(elderCare)).toEqual(['–', '<5']);

    const { activities } = await listActivities(access);
    expect(activities.map((a) => a.department)).toEqual(['Förskola']);
    const start = await followUpWorklist(access);
    expect(start.items.map((a) => [a.title, a.department])).toEqual([['Aktivitet i Förskola', 'Förskola']]);
  });

  it('gives a manager with no departments nothing: no statistics, no activities, an empty start page', async () => {
    const access = await user([{ role: 'MANAGER' }]);
    const view = await loadDashboard(access, {});
    expect(view).toMatchObject({ noDepartment: true, years: [], year: null, sections: [], departmentIds: [] });
    const asked = await loadDashboard(access, { departmentId: org.departments.get('Förskola'), year: 2025 });
    expect(asked.sections).toEqual([]);
    expect(JSON.stringify(asked)).not.toMatch(/Förskola|Äldreomsorg|Socialtjänst/);
    expect((await listActivities(access)).activities).toEqual([]);
    expect((await followUpWorklist(access)).items).toEqual([]);
  });

  it('shows a manager of two departments each department’s own survey round, never the organisation’s', async () => {
    const access = await user([{ role: 'MANAGER', departments: ['Äldreomsorg', 'Förskola'] }]);
    const ami = (view: Awaited<ReturnType<typeof loadDashboard>>) => charts(view).find((c) => c.id === 'ami')!;

    const first = await loadDashboard(access, {});
    expect(first.departmentLocked).toBe(true);
    expect(first.departments.map((d) => d.name).sort()).toEqual(['Förskola', 'Äldreomsorg']);
    expect(first.departmentIds).toHaveLength(1); // one department at a time
    const elderCare = await loadDashboard(access, { departmentId: org.departments.get('Äldreomsorg') });
    expect(ami(elderCare).summary).toContain('AMI 2025 är 64');

    // Förskola has no round of its own: nothing, not the organisation's 71.
    const preschool = await loadDashboard(access, { departmentId: org.departments.get('Förskola') });
    expect(preschool.departmentIds).toEqual([org.departments.get('Förskola')]);
    expect(ami(preschool).series).toEqual([]);
    expect(ami(preschool).emptyMessage).toBeTruthy();
    // Every figure and text of the view, without the ids (random, and one may well contain "71").
    const shown = JSON.stringify(preschool, (key, value) =>
      key === 'id' || key === 'departmentIds' ? undefined : value,
    );
    expect(shown).not.toMatch(/\b71\b/);

    // Another department by its address: held to their own.
    const other = await loadDashboard(access, { departmentId: org.departments.get('Socialtjänst') });
    expect(other.departmentIds).not.toContain(org.departments.get('Socialtjänst'));
    expect(JSON.stringify(other)).not.toContain('Socialtjänst');
  });

  it('refuses to delete a department that has managers, so nobody loses access silently', async () => {
    // A department with nothing else referring to it: only the manager's link holds it.
    const department = await t.db.department.create({ data: { organizationId: org.id, name: 'Ny avdelning' } });
    const access = await user([{ role: 'MANAGER', departments: ['Ny avdelning'] }]);
    expect(access.managedDepartmentIds).toEqual([department.id]);
    await expect(t.db.department.delete({ where: { id: department.id } })).rejects.toThrow();
    expect(await t.db.managerScope.count({ where: { departmentId: department.id } })).toBe(1);
    // Without managers it can be removed.
    await t.db.managerScope.deleteMany({ where: { departmentId: department.id } });
    await expect(t.db.department.delete({ where: { id: department.id } })).resolves.toMatchObject({
      id: department.id,
    });
  });
});
