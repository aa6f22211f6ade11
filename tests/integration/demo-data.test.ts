import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActivities } from '@/lib/activities/queries';
import { followUpWorklist } from '@/lib/activities/worklist';
import { authenticateWithPassword } from '@/lib/auth/credentials';
import type { OrgAccess, RoleName } from '@/lib/auth/permissions';
import { loadPopulationOverview } from '@/lib/needs/population-queries';
import { loadNeedsStatistics } from '@/lib/needs/statistics-query';
import { loadVolumeDemand } from '@/lib/needs/volume';
import { loadDashboard } from '@/lib/statistics/dashboard/queries';
import { getKeyFigures } from '@/lib/statistics/queries';
import { seedDemoData } from '@/prisma/seed/demo';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/prisma/seed/users';
import { type Payload, attack, countsOf } from '../support/privacy-attack';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { roleAccess } from '../support/access';

let t: TestDatabase;
const orgIds = new Map<string, string>();

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemoData(t.db);
  for (const org of await t.db.organization.findMany()) orgIds.set(org.slug, org.id);
});
afterAll(async () => {
  await t.close();
});

const access = (slug: string, roles: RoleName[]): OrgAccess => ({
  organizationId: orgIds.get(slug)!,
  roles,
  managedDepartmentIds: [],
  unionOrganizationId: null,
});

describe(`demo data from the seed documents (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('Socialförvaltningen reads as seed 003 states', async () => {
    const f = (await getKeyFigures(roleAccess(orgIds.get('socialforvaltningen')!)))!;
    expect(f.year).toBe(2024);
    expect(f.permanent).toBe(1016);
    expect(f.permanentPrevious).toBe(963);
    expect(f.fixedTerm).toBe(86);
    expect(f.turnover).toEqual({ value: 7.3, decimals: 1, year: 2024 });
    expect(f.turnoverPrevious).toEqual({ value: 11.18, decimals: 2, year: 2023 });
    expect(f.sickLeave?.value).toBe(6.2);
    expect(f.sickLeaveGoal?.value).toBe(6);
    expect(f.shortSickLeave?.value).toBe(1.9);
    expect(f.shortSickLeaveGoal).toMatchObject({ value: 2, decimals: 2 });
    expect(f.ami).toEqual({ year: 2024, value: 83, previous: 82 });
    expect(f.retirements).toEqual({ years: ['2025', '2026', '2027'], total: 63 });
  });

  it('Norra innerstaden reads as seed 001 states', async () => {
    const f = (await getKeyFigures(roleAccess(orgIds.get('norra-innerstaden')!)))!;
    expect(f.permanent).toBe(2333);
    expect(f.fixedTerm).toBe(150);
    expect(f.fullTimeShare?.value).toBe(91);
    expect(f.fullTimeShareDerived).toBe(false);
    expect(f.ami?.value).toBe(80);
  });

  it('Norra innerstaden’s population forecast: more elderly, fewer children, staff from preschool to elderly care (seed 001)', async () => {
    const id = orgIds.get('norra-innerstaden')!;
    const occupations = new Map(
      (await t.db.occupation.findMany({ where: { organizationId: id } })).map((o) => [o.name, o.id]),
    );
    const volume = await loadVolumeDemand(roleAccess(id), id, [2027, 2028, 2029]);
    expect(volume).toMatchObject({ vintage: 'prognos 2025', source: 'ratio', baseYear: 2026, notes: [] });
    const change = (name: string) => Object.fromEntries(volume.demand!.get(occupations.get(name)!)!);
    // 80+ grows 3,5 % a year from 8 694 in 2026: 6,2 undersköterskor per 100 → 304 more residents in 2027 ≈ 18,85.
    expect(change('undersköterska')).toEqual({ 2027: 18.85, 2028: 38.38, 2029: 58.59 });
    expect(change('vårdbiträde')).toEqual({ 2027: 9.73, 2028: 19.81, 2029: 30.24 });
    expect(change('barnskötare')).toEqual({ 2027: -11.57, 2028: -22.97, 2029: -34.1 });
    // Förskollärare follow the children down, until the ratio rises from 6,5 to 7 per 100 children in 2028.
    expect(change('förskollärare')).toEqual({ 2027: -8.65, 2028: 14.84, 2029: 5.88 });
    // The recruitment need takes each year's growth, so the three years add up to 2029's change, not more.
    const { volume: yearly } = await loadNeedsStatistics(t.db, id, 2027);
    expect(Object.fromEntries(yearly!.get('undersköterska')!)).toEqual({ 2027: 18.85, 2028: 19.53, 2029: 20.21 });
    const overview = await loadPopulationOverview(roleAccess(id), { planYear: 2027, vintageYear: 2024 });
    // prognos 2024 is compared with prognos 2023, which was made per Norrmalm and Östermalm before the merger.
    expect(overview.comparison?.previousLabel).toBe('prognos 2023');
    const row = overview.comparison!.rows.find((r) => r.ageGroup === '80+' && r.year === 2027)!;
    expect(row).toMatchObject({ district: 'Norra innerstaden', current: 8907, previous: 8779, difference: 128 });
  });

  it('Skärholmen has the 2026 survey and the turnover the union asked about (seed 004)', async () => {
    const id = orgIds.get('skarholmen')!;
    const round = await t.db.surveyRound.findFirstOrThrow({
      where: { organizationId: id, year: 2026, departmentId: null },
    });
    expect(round).toMatchObject({ invited: 1001, responded: 870 });
    const f = (await getKeyFigures(roleAccess(id)))!;
    expect(f.turnover?.value).toBe(6);
    const occupations = await t.db.staffStatistic.findMany({
      where: { organizationId: id, measure: 'turnover', occupationId: { not: null } },
      include: { occupation: true },
    });
    const byName = Object.fromEntries(occupations.map((r) => [r.occupation!.name.toLowerCase(), Number(r.value)]));
    expect(byName).toMatchObject({ bidragshandläggare: 32, socialsekreterare: 33 });
  });

  it('the retirement dashboard shows 16 / 15 / 32 and the seed’s need of 100', async () => {
    const view = await loadDashboard(access('socialforvaltningen', ['HR']), {});
    const charts = view.sections.flatMap((s) => s.charts);
    const range = charts.find((c) => c.id === 'pension-intervall')!;
    expect(range.series[0]!.values).toEqual([16, 15, 32]);
    expect(range.summary).toContain('100');
  });

  it('suppresses every small count for a union representative and none for HR', async () => {
    const charts = async (roles: RoleName[]) =>
      (await loadDashboard(access('socialforvaltningen', roles), {})).sections.flatMap((s) => s.charts);
    const union = await charts(['UNION_REP']);
    const hr = await charts(['HR']);
    const small = (values: (number | null)[]) => values.filter((v) => v !== null && v > 0 && v < 5);
    for (const chart of union.filter((c) => c.unit === 'count')) {
      for (const s of chart.series) expect(small(s.values), `${chart.id}/${s.label}`).toEqual([]);
    }
    expect(union.some((c) => c.suppressionNote)).toBe(true);
    const hrSmall = hr.filter((c) => c.unit === 'count').flatMap((c) => c.series.flatMap((s) => small(s.values)));
    expect(hrSmall.length).toBeGreaterThan(0);
  });

  it('the elder-care manager’s start page and "Mina aktiviteter" agree: five of eight need follow-up', async () => {
    const department = await t.db.department.findFirstOrThrow({
      where: { organizationId: orgIds.get('norra-innerstaden'), name: 'Äldreomsorg' },
    });
    const manager = { ...access('norra-innerstaden', ['MANAGER']), managedDepartmentIds: [department.id] };
    const today = new Date('2026-11-30T12:00:00Z');
    const worklist = await followUpWorklist(manager, today);
    expect(worklist.period).toEqual({ year: 2026, period: 'T2' });
    expect(worklist.items).toHaveLength(8);
    expect(worklist.missing).toBe(5);
    const { activities } = await listActivities(manager, { today });
    expect(activities.filter((a) => a.needsFollowUp)).toHaveLength(5);
  });

  it('hides the same cells in every view a union representative can open, and none can be worked out', async () => {
    for (const slug of ['socialforvaltningen', 'skarholmen', 'norra-innerstaden']) {
      const departments = await t.db.department.findMany({
        where: { organizationId: orgIds.get(slug)!, parentId: null },
      });
      const payloads = async (roles: RoleName[]) => {
        const out: Payload[] = [];
        for (const year of (await loadDashboard(access(slug, roles), {})).years)
          for (const department of [null, ...departments]) {
            const view = await loadDashboard(access(slug, roles), { year, departmentId: department?.id });
            expect(view.departmentIds).toEqual(department ? [department.id] : []);
            out.push({ department: department?.name ?? null, year, charts: view.sections.flatMap((s) => s.charts) });
          }
        return out;
      };
      const union = await payloads(['UNION_REP']);
      // One pattern: a count shown in several views (the organisation's chart of departments and the department's
      // own view, this year's and next year's comparison) reads the same in each.
      const shown = new Map<string, Set<string>>();
      for (const payload of union)
        for (const [id, known] of countsOf(payload)) {
          const text = 'value' in known ? String(known.value) : known.suppressed;
          shown.set(id, (shown.get(id) ?? new Set()).add(text));
        }
      const inconsistent = [...shown]
        .filter(([, texts]) => texts.size > 1)
        .map(([id, texts]) => `${id}: ${[...texts]}`);
      expect(inconsistent, slug).toEqual([]);
      const result = attack(
        union,
        await payloads(['HR']),
        departments.map((d) => d.name),
      );
      expect(result.small, slug).toBeGreaterThan(0);
      expect(
        result.recovered.filter((r) => r.value > 0 && r.value < 5),
        slug,
      ).toEqual([]);
    }
  });

  it('signs in every demo account with the demo password, and nobody with a wrong one', async () => {
    for (const account of DEMO_ACCOUNTS) {
      expect(await authenticateWithPassword({ email: account.email, password: DEMO_PASSWORD })).toMatchObject({
        ok: true,
        user: { email: account.email },
      });
    }
    const refused = { ok: false, error: 'Fel e-postadress eller lösenord. Försök igen.' };
    expect(await authenticateWithPassword({ email: 'hr@demo.test', password: 'fel' })).toEqual(refused);
    expect(await authenticateWithPassword({ email: 'ingen@demo.test', password: DEMO_PASSWORD })).toEqual(refused);
    expect(await authenticateWithPassword({ email: 'inte-en-adress', password: DEMO_PASSWORD })).toEqual(refused);
    expect(await t.db.auditLog.count({ where: { action: 'auth.sign-in-failed' } })).toBe(2);
  });

  it('refuses a deactivated account', async () => {
    await t.db.user.update({ where: { email: 'chef.aldreomsorg@demo.test' }, data: { isActive: false } });
    expect(
      await authenticateWithPassword({ email: 'chef.aldreomsorg@demo.test', password: DEMO_PASSWORD }),
    ).toMatchObject({ ok: false });
  });
});
