import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActivities } from '@/lib/activities/queries';
import type { OrgAccess } from '@/lib/auth/permissions';
import { getPlanByYear, listPlans } from '@/lib/plans/queries';
import { loadDashboard } from '@/lib/statistics/dashboard/queries';
import type { SeedActivity, SeedStatistic } from '@/prisma/seed-data/types';
import { createOrganization, inviteToReview } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;

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

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, {
    statistics: [
      headcount('Äldreomsorg', 'woman', 40),
      headcount('Äldreomsorg', 'man', 3),
      headcount('Förskola', 'woman', 30),
      headcount('Förskola', 'man', 8),
    ],
    plans: [
      {
        startYear: 2025,
        title: 'Plan 2025–2027',
        status: 'ADOPTED',
        focusStrategies: [],
        sections: [{ title: 'Inledning', body: 'Text.' }],
        activities: [
          activity('Språkombud i hemtjänsten', 'Äldreomsorg'),
          activity('Förskollärares ledarskap', 'Förskola'),
        ],
        gaps: [],
        risks: [],
      },
      {
        startYear: 2026,
        title: 'Plan 2026–2028',
        status: 'DRAFT',
        focusStrategies: [],
        sections: [{ title: 'Inledning', body: 'Utkast.' }],
        activities: [],
        gaps: [],
        risks: [],
      },
    ],
  });
});
afterAll(async () => {
  await t.close();
});

const access = (roles: OrgAccess['roles'], departments: string[] = []): OrgAccess => ({
  organizationId: org.id,
  roles,
  managedDepartmentIds: departments.map((name) => org.departments.get(name)!),
  unionOrganizationId: null,
});

describe(`department and role scope in queries (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it("never returns another department's activities to a manager", async () => {
    const { activities } = await listActivities(access(['MANAGER'], ['Äldreomsorg']));
    expect(activities.map((a) => a.department)).toEqual(['Äldreomsorg']);
    const hr = await listActivities(access(['HR']));
    expect(hr.activities.map((a) => a.department).sort()).toEqual(['Förskola', 'Äldreomsorg']);
  });

  it('gives a manager with no departments nothing rather than everything', async () => {
    expect((await listActivities(access(['MANAGER']))).activities).toEqual([]);
  });

  it('holds a manager to their department in the dashboards whatever the request asks', async () => {
    const view = await loadDashboard(access(['MANAGER'], ['Äldreomsorg']), {
      departmentId: org.departments.get('Förskola'),
    });
    expect(view.departmentLocked).toBe(true);
    expect(view.departments.map((d) => d.name)).toEqual(['Äldreomsorg']);
    const pyramid = view.sections[0]!.charts[0]!;
    // Row 1 is 30–39. 40 women and 3 men in Äldreomsorg only; the 3 is a small cell, and its complement is hidden too.
    expect(pyramid.series.map((s) => s.displays[1])).toEqual(['–', '<5']);
    expect(JSON.stringify(view)).not.toContain('Förskola');
  });

  it('shows HR the small cells as they are', async () => {
    const view = await loadDashboard(access(['HR']), {});
    const pyramid = view.sections[0]!.charts[0]!;
    expect(view.suppressed).toBe(false);
    expect(pyramid.series.map((s) => s.values[1])).toEqual([70, 11]);
  });

  it('lets union representatives read only plans from samverkan on', async () => {
    // A rep sees an adopted plan only if it went through a meeting their union was invited to (issue 9).
    expect(await listPlans(access(['UNION_REP']))).toEqual([]);
    const adopted = await t.db.plan.findFirstOrThrow({ where: { organizationId: org.id, status: 'ADOPTED' } });
    const union = { ...access(['UNION_REP']), unionOrganizationId: await inviteToReview(t.db, adopted.id, 'Kommunal') };
    expect((await listPlans(union)).map((p) => p.status)).toEqual(['ADOPTED']);
    expect(
      await listPlans({
        ...union,
        unionOrganizationId: (await t.db.unionOrganization.findUniqueOrThrow({ where: { name: 'Vision' } })).id,
      }),
    ).toEqual([]);
    expect(await getPlanByYear(union, 2026)).toBeNull();
    expect(await getPlanByYear(access(['HR']), 2026)).not.toBeNull();
  });
});
