/**
 * The statistics read path of issue 10 on a real database: the years table (StatisticYear) stays equal to what
 * StaffStatistic holds after every kind of write, the organisation's data version rises exactly with changes to what
 * the statistics pages show, and a cached dashboard or key-figure set is never served after an import or a definition
 * change, nor to another role or scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgAccess, RoleName } from '@/lib/auth/permissions';
import { availableYears, cachedEntryCount, dataVersion } from '@/lib/statistics/cache';
import { loadDashboard } from '@/lib/statistics/dashboard/queries';
import { type ImportPreview, parseImportFile } from '@/lib/statistics/import';
import { commitImport } from '@/lib/statistics/import/service';
import { getKeyFigures } from '@/lib/statistics/queries';
import type { SeedStatistic } from '@/prisma/seed-data/types';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { roleAccess } from '../support/access';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let importer: { id: string; email: string };

const headcount = (year: number, department: string, gender: 'woman' | 'man', value: number): SeedStatistic => ({
  measure: 'headcount',
  year,
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
    departments: [
      { name: 'Äldreomsorg', kind: 'department' },
      { name: 'Förskola', kind: 'department' },
    ],
    statistics: [
      headcount(2024, 'Äldreomsorg', 'woman', 40),
      headcount(2024, 'Äldreomsorg', 'man', 3),
      headcount(2024, 'Förskola', 'woman', 30),
      headcount(2024, 'Förskola', 'man', 8),
      { measure: 'turnover', year: 2023, value: 9.5, population: 80, stated: true },
    ],
  });
  importer = await createUser(t.db, {
    email: 'hr.lasvag@test.example',
    name: 'HR Läsväg',
    memberships: [{ org: org.slug, role: 'HR' }],
  });
});
afterAll(async () => {
  await t.close();
});

/** What StatisticYear must hold: every (measure, year) StaffStatistic has, and nothing else. */
async function expectYearsTableExact() {
  const stored = await t.db.$queryRawUnsafe<{ organizationId: string; measure: string; year: number }[]>(
    'SELECT DISTINCT "organizationId", "measure", "year" FROM "StaffStatistic" ORDER BY 1, 2, 3',
  );
  const table = await t.db.statisticYear.findMany({
    orderBy: [{ organizationId: 'asc' }, { measure: 'asc' }, { year: 'asc' }],
  });
  expect(table).toEqual(stored);
  return table.filter((r) => r.organizationId === org.id).map((r) => `${r.measure} ${r.year}`);
}

function csv(lines: string[]): Uint8Array {
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

async function importHeadcount(lines: string[], replaceWhole = false) {
  const parsed = await parseImportFile({
    bytes: csv(['År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal', ...lines]),
    fileName: 'antal.csv',
    group: 'headcount' satisfies ImportPreview['group'],
    today: new Date('2026-11-22T12:00:00Z'),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const result = await commitImport(t.db, {
    organizationId: org.id,
    user: importer,
    preview: parsed.preview,
    departmentMapping: {},
    occupationMapping: {},
    replaceWhole,
  });
  expect(result).toMatchObject({ ok: true, unchanged: false });
}

let n = 0;
async function accessAs(role: RoleName, departments: string[] = []): Promise<OrgAccess> {
  n += 1;
  const email = `lasare-${n}@test.example`;
  await createUser(t.db, {
    email,
    name: `Läsare ${n}`,
    memberships: [
      { org: org.slug, role, departments, union: role === 'UNION_REP' ? 'Akademikerförbundet SSR' : undefined },
    ],
  });
  return {
    organizationId: org.id,
    roles: [role],
    managedDepartmentIds: departments.map((d) => org.departments.get(d)!),
    unionOrganizationId: null,
  };
}

type View = Awaited<ReturnType<typeof loadDashboard>>;
/** The age pyramid's 30–39 row for a year: women, men (as displayed: a number, "<5" or "–"). */
const pyramid3039 = (view: View, year: number) =>
  view.sections
    .flatMap((s) => s.charts)
    .find((c) => c.id === 'alder-kon')!
    .series.filter((s) => s.key.endsWith(String(year)))
    .map((s) => s.displays[1]);

describe(`statistics read path (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('keeps the years table equal to the stored figures after the seed, imports, replacements, updates and deletes', async () => {
    expect(await expectYearsTableExact()).toEqual(['headcount 2024', 'turnover 2023']);
    expect(await availableYears(t.db, org.id)).toHaveLength(2);

    await importHeadcount(['2025;Äldreomsorg;Undersköterska;Tillsvidare;Kvinna;30-39;41']);
    expect(await expectYearsTableExact()).toEqual(['headcount 2024', 'headcount 2025', 'turnover 2023']);

    // A whole replacement of 2025 with other rows keeps the year; the replaced rows are gone.
    await importHeadcount(['2025;Förskola;Undersköterska;Tillsvidare;Kvinna;30-39;29'], true);
    expect(await expectYearsTableExact()).toEqual(['headcount 2024', 'headcount 2025', 'turnover 2023']);

    // An update moving the only turnover row to another year moves the year; deleting a year's rows removes it.
    await t.db.staffStatistic.updateMany({
      where: { organizationId: org.id, measure: 'turnover' },
      data: { year: 2022 },
    });
    expect(await expectYearsTableExact()).toEqual(['headcount 2024', 'headcount 2025', 'turnover 2022']);
    await t.db.staffStatistic.deleteMany({
      where: { organizationId: org.id, measure: 'headcount', year: 2024, gender: 'man' },
    });
    expect(await expectYearsTableExact()).toContain('headcount 2024'); // the women's rows are still there
    await t.db.staffStatistic.deleteMany({ where: { organizationId: org.id, measure: 'headcount', year: 2024 } });
    expect(await expectYearsTableExact()).toEqual(['headcount 2025', 'turnover 2022']);

    // A rolled-back write leaves the table as it was.
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.staffStatistic.create({
          data: { organizationId: org.id, measure: 'sickLeave', year: 2019, value: 5, category: 'total' },
        });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await expectYearsTableExact()).toEqual(['headcount 2025', 'turnover 2022']);

    // Restore what the other tests read: 2024 as seeded.
    await importHeadcount([
      '2024;Äldreomsorg;Undersköterska;Tillsvidare;Kvinna;30-39;40',
      '2024;Äldreomsorg;Undersköterska;Tillsvidare;Man;30-39;3',
      '2024;Förskola;Undersköterska;Tillsvidare;Kvinna;30-39;30',
      '2024;Förskola;Undersköterska;Tillsvidare;Man;30-39;8',
    ]);
    expect(await expectYearsTableExact()).toEqual(['headcount 2024', 'headcount 2025', 'turnover 2022']);
  });

  it('raises the data version with every change a statistics page shows, and not with other work', async () => {
    const version = () => dataVersion(t.db, org.id);
    let before = await version();
    await t.db.organization.update({ where: { id: org.id }, data: { turnoverDefinition: 'Ny definition.' } });
    expect(await version()).toBeGreaterThan(before);

    before = await version();
    await t.db.department.update({ where: { id: org.departments.get('Förskola')! }, data: { sortOrder: 5 } });
    expect(await version()).toBeGreaterThan(before);

    before = await version();
    await t.db.statisticGoal.create({ data: { organizationId: org.id, measure: 'sickLeave', year: 2025, value: 6 } });
    expect(await version()).toBeGreaterThan(before);

    before = await version();
    await t.db.user.update({ where: { id: importer.id }, data: { name: 'HR Läsväg (omdöpt)' } }); // named in sources
    expect(await version()).toBeGreaterThan(before);

    before = await version();
    await t.db.user.update({ where: { id: importer.id }, data: { lastLoginAt: new Date() } });
    await t.db.auditLog.create({ data: { action: 'test.nothing', organizationId: org.id } });
    expect(await version()).toBe(before);
  });

  it('serves a cached dashboard only to the same scope and suppression, and never after an import', async () => {
    const hr = await accessAs('HR');
    const union = await accessAs('UNION_REP');
    const manager = await accessAs('MANAGER', ['Förskola']);

    // HR first (fills the cache), then a union rep for the same organisation and year: suppressed, not HR's view.
    const hrView = await loadDashboard(hr, { year: 2024 });
    expect(hrView.suppressed).toBe(false);
    expect(pyramid3039(hrView, 2024)).toEqual(['70', '11']);
    const unionView = await loadDashboard(union, { year: 2024 });
    expect(unionView.suppressed).toBe(true);
    expect(unionView).not.toBe(hrView);
    const unionElderCare = await loadDashboard(union, { year: 2024, departmentId: org.departments.get('Äldreomsorg') });
    expect(pyramid3039(unionElderCare, 2024)[1]).toBe('<5'); // 3 men
    const hrElderCare = await loadDashboard(hr, { year: 2024, departmentId: org.departments.get('Äldreomsorg') });
    expect(pyramid3039(hrElderCare, 2024)).toEqual(['40', '3']);
    // The manager reads only Förskola, whatever is asked, with the union rep's pattern, never HR's figures.
    const managerView = await loadDashboard(manager, { year: 2024, departmentId: org.departments.get('Äldreomsorg') });
    expect(managerView.departmentIds).toEqual([org.departments.get('Förskola')]);
    expect(managerView.suppressed).toBe(true);
    const preschool = org.departments.get('Förskola');
    expect(pyramid3039(await loadDashboard(hr, { year: 2024, departmentId: preschool }), 2024)).toEqual(['30', '8']);
    expect(pyramid3039(managerView, 2024)).toEqual(
      pyramid3039(await loadDashboard(union, { year: 2024, departmentId: preschool }), 2024),
    );
    expect(pyramid3039(managerView, 2024)).not.toEqual(['30', '8']);

    // A second load is the same object (served from the cache), and the cache holds one entry per scope and request.
    expect(await loadDashboard(hr, { year: 2024 })).toBe(hrView);
    expect(await loadDashboard(union, { year: 2024 })).toBe(unionView);
    expect(cachedEntryCount(org.id)).toBeGreaterThanOrEqual(5);

    // An import changes the figures: every scope sees them at once.
    await importHeadcount(['2024;Äldreomsorg;Undersköterska;Tillsvidare;Man;30-39;7']);
    const hrAfter = await loadDashboard(hr, { year: 2024 });
    expect(hrAfter).not.toBe(hrView);
    expect(pyramid3039(hrAfter, 2024)).toEqual(['70', '15']);
    expect(
      pyramid3039(await loadDashboard(hr, { year: 2024, departmentId: org.departments.get('Äldreomsorg') }), 2024),
    ).toEqual(['40', '7']);
    const unionElderCareAfter = await loadDashboard(union, {
      year: 2024,
      departmentId: org.departments.get('Äldreomsorg'),
    });
    expect(pyramid3039(unionElderCareAfter, 2024)[1]).toBe('7');
  });

  it('recomputes the key figures after an import and after a definition change', async () => {
    const first = await getKeyFigures(roleAccess(org.id));
    expect(first).toMatchObject({ year: 2025, permanent: 29 });
    expect(await getKeyFigures(roleAccess(org.id))).toBe(first);
    await importHeadcount(['2025;Äldreomsorg;Undersköterska;Tillsvidare;Man;30-39;6']);
    const afterImport = await getKeyFigures(roleAccess(org.id));
    expect(afterImport).not.toBe(first);
    expect(afterImport).toMatchObject({ year: 2025, permanent: 35 });

    await t.db.organization.update({ where: { id: org.id }, data: { turnoverDefinition: 'Ändrad igen.' } });
    expect((await getKeyFigures(roleAccess(org.id)))!.turnoverDefinition).toBe('Ändrad igen.');
  });
});
