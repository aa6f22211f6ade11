/** Every figure can show its source (issue 6, item 16): the seed's stated or generated demo data, or the import. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDashboard } from '@/lib/statistics/dashboard/queries';
import { parseImportFile } from '@/lib/statistics/import';
import { commitImport } from '@/lib/statistics/import/service';
import { getKeyFigures } from '@/lib/statistics/queries';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { roleAccess } from '../support/access';

let t: TestDatabase;
let org: { id: string; slug: string };
let user: { id: string; email: string };

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, {
    seedDocument: '003',
    statistics: [
      {
        measure: 'headcount',
        year: 2024,
        employmentForm: 'permanent',
        gender: 'woman',
        ageBand: '30-39',
        value: 40,
        stated: false,
      },
      {
        measure: 'headcount',
        year: 2024,
        employmentForm: 'permanent',
        gender: 'man',
        ageBand: '40-49',
        value: 12,
        stated: false,
      },
      { measure: 'sickLeave', year: 2024, category: 'total', value: 6.2, decimals: 1, stated: true },
    ],
  });
  user = await createUser(t.db, {
    email: 'hr.source@test.se',
    name: 'Anna HR',
    memberships: [{ org: org.slug, role: 'HR' }],
  });
});
afterAll(async () => {
  await t.close();
});

const access = () => ({
  organizationId: org.id,
  roles: ['HR' as const],
  managedDepartmentIds: [],
  unionOrganizationId: null,
});
const chart = async (id: string) =>
  (await loadDashboard(access(), {})).sections.flatMap((s) => s.charts).find((c) => c.id === id)!;

describe(`sources of figures (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('stores which seed figures are stated and which generated, and shows it per chart and key figure', async () => {
    expect(
      await t.db.staffStatistic.groupBy({
        by: ['origin', 'seedDocument'],
        where: { organizationId: org.id },
        orderBy: { origin: 'asc' },
      }),
    ).toEqual([
      { origin: 'SEED_STATED', seedDocument: '003' },
      { origin: 'SEED_GENERATED', seedDocument: '003' },
    ]);
    expect((await chart('alder-kon')).source).toEqual({ text: 'Genererad demodata (seed 003)', generated: true });
    expect((await chart('sjukfranvaro')).source).toEqual({ text: 'Demodata från seed 003', generated: false });
    const figures = (await getKeyFigures(roleAccess(org.id)))!;
    expect(figures.sources.headcount).toEqual({ text: 'Genererad demodata (seed 003)', generated: true });
  });

  it('names the file, who imported it and when for imported figures', async () => {
    const bytes = new TextEncoder().encode('År;Avdelning;Kön;Mått;Andel (%)\r\n2025;;;Total;5,8\r\n');
    const parsed = await parseImportFile({
      bytes,
      fileName: 'sjuk-2025.csv',
      group: 'sickLeave',
      today: new Date('2026-11-22'),
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    await commitImport(t.db, {
      organizationId: org.id,
      user,
      preview: parsed.preview,
      departmentMapping: {},
      occupationMapping: {},
    });
    const source = (await chart('sjukfranvaro')).source!;
    expect(source.text).toMatch(
      /^Import av sjuk-2025\.csv, Anna HR, \d{4}-\d{2}-\d{2} \d{2}:\d{2}; Demodata från seed 003$/,
    );
    expect((await getKeyFigures(roleAccess(org.id)))!.sources.sickLeave!.text).toMatch(
      /^Import av sjuk-2025\.csv, Anna HR/,
    );
  });
});
