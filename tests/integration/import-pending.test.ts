/**
 * An import's figures are written before its final transaction, under a pending batch (issue 6, item 14: other
 * users' pages keep answering while a large import is written). Until the batch commits no reader may see them —
 * not beside the figures they replace, not as a new year — and an import that does not land leaves nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgAccess } from '@/lib/auth/permissions';
import { listDepartmentsForAdmin } from '@/lib/admin/queries';
import { resolveFigures } from '@/lib/plans/figure-queries';
import { insertStatistics } from '@/lib/statistics/import/bulk-insert';
import { availableYears } from '@/lib/statistics/cache';
import { loadDashboard } from '@/lib/statistics/dashboard/queries';
import { parseImportFile } from '@/lib/statistics/import';
import { findImportChanges } from '@/lib/statistics/import/changes';
import { CREATE_NEW_OPTION } from '@/lib/statistics/import/schemas';
import { commitImport, listImportHistory } from '@/lib/statistics/import/service';
import { getKeyFigures } from '@/lib/statistics/queries';
import { loadSources } from '@/lib/statistics/source-queries';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { roleAccess } from '../support/access';

let t: TestDatabase;
let org: { id: string; slug: string; departments: Map<string, string> };
let user: { id: string; email: string };
let access: OrgAccess;

const TODAY = new Date('2026-11-22T12:00:00Z');
const AGES = ['-29', '30-39', '40-49', '50-59', '60-64', '65+'];
const OCCUPATIONS = ['Undersköterska', 'Förskollärare'];
const MANY_OCCUPATIONS = Array.from({ length: 8 }, (_, i) => `Befattning ${i + 1}`);
const TEN_YEARS = Array.from({ length: 10 }, (_, i) => 2016 + i);
const createAll = (names: string[]) => Object.fromEntries(names.map((n) => [n, CREATE_NEW_OPTION]));

/** Headcount for Äldreomsorg and Förskola, 24 rows per year and occupation, every value `offset` higher. */
function headcountFile(years: number[], offset = 0, occupations = OCCUPATIONS): Uint8Array {
  const lines = ['År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal'];
  for (const year of years)
    for (const department of ['Äldreomsorg', 'Förskola'])
      for (const occupation of occupations)
        for (const form of ['Tillsvidare', 'Visstid'])
          for (const gender of ['Kvinna', 'Man'])
            for (const age of AGES)
              lines.push(`${year};${department};${occupation};${form};${gender};${age};${offset + 7}`);
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

async function preview(bytes: Uint8Array) {
  const parsed = await parseImportFile({ bytes, fileName: 'antal.csv', group: 'headcount', today: TODAY });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
  return parsed.preview;
}

async function importFile(
  bytes: Uint8Array,
  options: { occupationMapping?: Record<string, string>; onProgress?: (written: number) => void } = {},
) {
  return commitImport(t.db, {
    organizationId: org.id,
    user,
    preview: await preview(bytes),
    departmentMapping: {},
    occupationMapping: options.occupationMapping ?? {},
    onProgress: options.onProgress,
  });
}

/** Everything a reader of the organisation's statistics can see. */
async function whatReadersSee() {
  const binding = { measure: 'headcount', dimensions: {}, year: 2025 };
  const [dashboard, keyFigures, years, history, departments, figures, sources, comparison] = await Promise.all([
    loadDashboard(access, { year: 2025 }),
    getKeyFigures(roleAccess(org.id)),
    availableYears(t.db, org.id),
    listImportHistory(roleAccess(org.id)),
    listDepartmentsForAdmin(roleAccess(org.id, 'ADMIN')),
    resolveFigures(t.db, org.id, [binding]),
    loadSources(t.db, { organizationId: org.id, years: [2025, 2026] }),
    findImportChanges(t.db, roleAccess(org.id), await preview(headcountFile([2025], 1))),
  ]);
  return {
    dashboard,
    keyFigures,
    years: years.map((y) => `${y.measure} ${y.year}`).sort(),
    history: history.map((h) => h.fileName),
    departments: departments.map((d) => [d.name, d.statistics]),
    figures: [...figures.values()],
    source: sources('headcount', [2025]),
    replacedByAnImport: comparison.replaced,
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db);
  user = await createUser(t.db, {
    email: 'hr.pending@test.se',
    name: 'HR Pågående',
    memberships: [{ org: org.slug, role: 'HR' }],
  });
  access = { organizationId: org.id, roles: ['HR'], managedDepartmentIds: [], unionOrganizationId: null };
  expect(await importFile(headcountFile([2025]))).toMatchObject({ ok: true, unchanged: false });
});
afterAll(async () => {
  await t.close();
});

describe(`an import being written (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('keeps its figures from every reader until its batch commits: no new value beside the old, no new year', async () => {
    const before = await whatReadersSee();
    const batch = await t.db.importBatch.create({
      data: {
        organizationId: org.id,
        userId: user.id,
        measureGroup: 'headcount',
        fileName: 'halvvägs.csv',
        checksum: 'x',
        rowCount: 2,
        pending: true,
      },
    });
    const row = { tertial: null, occupationId: null, employmentForm: null, gender: null, ageBand: null };
    const dimensions = { category: null, subcategory: null, decimals: null, population: null };
    await insertStatistics(t.db, org.id, batch.id, [
      {
        measure: 'headcount',
        year: 2025,
        departmentId: org.departments.get('Äldreomsorg')!,
        value: 900,
        ...row,
        ...dimensions,
      },
      { measure: 'headcount', year: 2026, departmentId: null, value: 950, ...row, ...dimensions },
    ]);
    expect(await t.db.staffStatistic.count({ where: { importBatchId: batch.id } })).toBe(2); // written…
    expect(await whatReadersSee()).toEqual(before); // …and seen by nobody

    await t.db.importBatch.update({ where: { id: batch.id }, data: { pending: false } });
    const after = await whatReadersSee();
    expect(after.history).toContain('halvvägs.csv');
    expect(after.keyFigures).not.toEqual(before.keyFigures);
    await t.db.staffStatistic.deleteMany({ where: { importBatchId: batch.id } });
    await t.db.importBatch.delete({ where: { id: batch.id } });
  });

  it('lets other readers in between its writes, and shows them the figures from before until it lands', async () => {
    const before = await getKeyFigures(roleAccess(org.id));
    const order: string[] = [];
    let reader: Promise<unknown> | null = null;
    const result = await importFile(headcountFile(TEN_YEARS, 5, [...OCCUPATIONS, ...MANY_OCCUPATIONS]), {
      occupationMapping: createAll(MANY_OCCUPATIONS),
      onProgress: () => {
        // After the first chunk: another user's page load, while the rest is still being written.
        reader ??= getKeyFigures(roleAccess(org.id)).then((seen) => {
          order.push('reader');
          return seen;
        });
      },
    });
    order.push('import');
    expect(result).toMatchObject({ ok: true, unchanged: false, written: 10 * 2 * 10 * 24 });
    expect(order).toEqual(['reader', 'import']); // answered before the import landed…
    expect(await reader).toEqual(before); // …with what was stored before it
    expect(await getKeyFigures(roleAccess(org.id))).not.toEqual(before);
    expect(await t.db.importBatch.count({ where: { organizationId: org.id, pending: true } })).toBe(0);
    // The final transaction (the one that flipped the batch) wrote none of the figures: they were all written
    // before it, so it holds the embedded database for what it deletes and flips, not for what it writes.
    const [written] = await t.db.$queryRawUnsafe<{ inFinal: number; total: number }[]>(
      `SELECT count(*) FILTER (WHERE s.xmin::text = b.xmin::text)::int AS "inFinal", count(*)::int AS total
       FROM "StaffStatistic" s JOIN "ImportBatch" b ON b."id" = s."importBatchId" WHERE b."id" = $1`,
      result.ok && !result.unchanged ? result.batchId : '',
    );
    expect(written).toEqual({ inFinal: 0, total: 10 * 2 * 10 * 24 });
  });

  it('answers in Swedish and leaves nothing when a name its figures use is removed while they are written', async () => {
    const rowsBefore = await t.db.staffStatistic.count({ where: { organizationId: org.id } });
    const removed = await t.db.occupation.create({ data: { organizationId: org.id, name: 'Städare' } });
    let deleting: Promise<unknown> | null = null;
    // Its rows come last, after the first chunk of figures.
    const lines = new TextDecoder()
      .decode(headcountFile(TEN_YEARS, 9, MANY_OCCUPATIONS))
      .trimEnd()
      .split('\r\n');
    lines.push('2025;Äldreomsorg;Städare;Tillsvidare;Kvinna;30-39;6');
    const result = await importFile(new TextEncoder().encode(`${lines.join('\r\n')}\r\n`), {
      occupationMapping: createAll(MANY_OCCUPATIONS), // created here when this test runs alone
      onProgress: (written) => {
        // then() starts it now: a Prisma query runs only once something awaits it.
        if (written === 2_000) deleting = t.db.occupation.delete({ where: { id: removed.id } }).then(() => 'removed');
      },
    });
    expect(await deleting).toBe('removed');
    expect(result).toEqual({
      ok: false,
      error: 'Avdelningar eller befattningar ändrades under importen. Förhandsgranska filen igen och bekräfta.',
    });
    expect(await t.db.staffStatistic.count({ where: { organizationId: org.id } })).toBe(rowsBefore);
    expect(await t.db.importBatch.count({ where: { organizationId: org.id, pending: true } })).toBe(0);
  });

  it('leaves no figures, no pending batch and no created names when it fails halfway', async () => {
    const before = await whatReadersSee();
    const rowsBefore = await t.db.staffStatistic.count({ where: { organizationId: org.id } });
    const names = ['Vårdbiträde', 'Barnskötare', 'Kock', 'Lokalvårdare', 'Fritidsledare'];
    const file = headcountFile(TEN_YEARS, 0, names);
    const createdNames = () => t.db.occupation.count({ where: { organizationId: org.id, name: { in: names } } });
    await expect(
      importFile(file, {
        occupationMapping: createAll(names),
        onProgress: () => {
          throw new Error('the server went away'); // after the first chunk of figures was written
        },
      }),
    ).rejects.toThrow('the server went away');
    expect(await t.db.staffStatistic.count({ where: { organizationId: org.id } })).toBe(rowsBefore);
    expect(await t.db.importBatch.count({ where: { organizationId: org.id, pending: true } })).toBe(0);
    expect(await createdNames()).toBe(0);
    expect(await whatReadersSee()).toEqual(before);

    // The same file confirmed again lands whole, names included.
    expect(await importFile(file, { occupationMapping: createAll(names) })).toMatchObject({
      ok: true,
      unchanged: false,
    });
    expect(await createdNames()).toBe(names.length);
    const audit = await t.db.auditLog.findMany({
      where: { action: { startsWith: 'statistics.import.names' }, organizationId: org.id },
      orderBy: { createdAt: 'asc' },
    });
    // Created and removed again by the failed import, created by the second; each with the names.
    expect(
      audit.slice(-3).map((a) => [a.action, [...(a.details as { occupations: string[] }).occupations].sort()]),
    ).toEqual([
      ['statistics.import.names', [...names].sort()],
      ['statistics.import.names-removed', [...names].sort()],
      ['statistics.import.names', [...names].sort()],
    ]);
  });
});
