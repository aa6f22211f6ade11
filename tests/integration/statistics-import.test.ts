import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseImportFile, type ImportPreview } from '@/lib/statistics/import';
import { findImportChanges } from '@/lib/statistics/import/changes';
import { commitImport } from '@/lib/statistics/import/service';
import { CREATE_NEW_OPTION } from '@/lib/statistics/import/schemas';
import { getKeyFigures } from '@/lib/statistics/queries';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { roleAccess } from '../support/access';

let t: TestDatabase;
let org: { id: string; slug: string; departments: Map<string, string> };
let user: { id: string; email: string };

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db);
  user = await createUser(t.db, {
    email: 'hr.import@test.se',
    name: 'HR Import',
    memberships: [{ org: org.slug, role: 'HR' }],
  });
});
afterAll(async () => {
  await t.close();
});

const TODAY = new Date('2026-11-22T12:00:00Z');

function csv(lines: string[]): Uint8Array {
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

async function preview(bytes: Uint8Array, group: ImportPreview['group'] = 'headcount', fileName = 'antal.csv') {
  const result = await parseImportFile({ bytes, fileName, group, today: TODAY });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.preview;
}

const HEADCOUNT_2025 = csv([
  'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal',
  '2025;Äldreomsorg;Undersköterska;Tillsvidare;Kvinna;30-39;40',
  '2025;Äldreomsorg;Undersköterska;Tillsvidare;Man;30-39;12',
  '2025;Förskola;Förskollärare;Tillsvidare;Kvinna;40-49;25',
]);

const countFor = (year: number) =>
  t.db.staffStatistic.count({ where: { organizationId: org.id, measure: 'headcount', year } });

describe(`statistics import (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('previews, then writes every row, the batch and an audit entry in one go', async () => {
    const p = await preview(HEADCOUNT_2025);
    const comparison = await findImportChanges(t.db, roleAccess(org.id), p);
    expect(comparison).toMatchObject({
      replaced: 0,
      alreadyImported: false,
      unknownDepartments: [],
      unknownOccupations: [],
    });
    expect(comparison.byMeasure).toEqual([{ label: 'Antal anställda', count: 3 }]);
    expect(comparison.sample[0]).toEqual({
      measure: 'Antal anställda',
      period: '2025',
      department: 'Äldreomsorg',
      occupation: 'Undersköterska',
      breakdown: 'Tillsvidareanställda, Kvinnor, 30–39 år',
      value: '40',
    });
    expect(await countFor(2025)).toBe(0); // a preview writes nothing

    const result = await commitImport(t.db, {
      organizationId: org.id,
      user,
      preview: p,
      departmentMapping: {},
      occupationMapping: {},
    });
    expect(result).toMatchObject({ ok: true, unchanged: false, written: 3 });
    expect(await countFor(2025)).toBe(3);
    const batch = await t.db.importBatch.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(batch).toMatchObject({ fileName: 'antal.csv', rowCount: 3, checksum: p.checksum, userId: user.id });
    expect(await t.db.auditLog.count({ where: { action: 'statistics.import', entityId: batch.id } })).toBe(1);
  });

  it('changes nothing when the same file is imported again', async () => {
    const p = await preview(HEADCOUNT_2025);
    expect((await findImportChanges(t.db, roleAccess(org.id), p)).alreadyImported).toBe(true);
    const batches = await t.db.importBatch.count();
    expect(
      await commitImport(t.db, {
        organizationId: org.id,
        user,
        preview: p,
        departmentMapping: {},
        occupationMapping: {},
      }),
    ).toEqual({
      ok: true,
      unchanged: true,
    });
    expect(await t.db.importBatch.count()).toBe(batches);
    expect(await countFor(2025)).toBe(3);
  });

  it('replaces only the values with the same key, and lists each change old → new by department', async () => {
    const corrected = csv([
      'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal',
      '2025;Äldreomsorg;Undersköterska;Tillsvidare;Kvinna;30-39;41',
      '2025;Äldreomsorg;Undersköterska;Tillsvidare;Man;30-39;12',
    ]);
    const p = await preview(corrected);
    const comparison = await findImportChanges(t.db, roleAccess(org.id), p);
    expect(comparison).toMatchObject({ replaced: 2, replacedWhole: 3, changeCount: 1, removalCount: 1 });
    expect(comparison.changes).toEqual([
      {
        department: 'Äldreomsorg',
        measure: 'Antal anställda',
        period: '2025',
        breakdown: 'Undersköterska, Tillsvidareanställda, Kvinnor, 30–39 år',
        before: '40',
        after: '41',
      },
    ]);
    expect(comparison.removals).toEqual([
      expect.objectContaining({ department: 'Förskola', before: '25', after: null }),
    ]);
    await commitImport(t.db, {
      organizationId: org.id,
      user,
      preview: p,
      departmentMapping: {},
      occupationMapping: {},
    });
    const values = async () =>
      (await t.db.staffStatistic.findMany({ where: { organizationId: org.id, measure: 'headcount', year: 2025 } }))
        .map((r) => Number(r.value))
        .sort((a, b) => a - b);
    expect(await values()).toEqual([12, 25, 41]); // Förskola's 25 is not in the file and stays

    // Replacing the whole measure and period is an explicit choice.
    await commitImport(t.db, {
      organizationId: org.id,
      user,
      preview: await preview(corrected, 'headcount', 'antal-hela.csv'),
      departmentMapping: {},
      occupationMapping: {},
      replaceWhole: true,
    });
    expect(await values()).toEqual([12, 41]);
  });

  it('a file for one department leaves the other departments and the total alone', async () => {
    const other = await createOrganization(t.db);
    const header = 'År;Avdelning;Medarbetare per chef';
    const commit = async (lines: string[], replaceWhole = false) => {
      const p = await preview(csv([header, ...lines]), 'spanOfControl', 'chef.csv');
      return commitImport(t.db, {
        organizationId: other.id,
        user,
        preview: p,
        departmentMapping: {},
        occupationMapping: {},
        replaceWhole,
      });
    };
    await commit(['2025;Äldreomsorg;24,5', '2025;Förskola;18', '2025;Totalt;21,6']);
    const result = await commit(['2025;Förskola;19']);
    expect(result).toMatchObject({ ok: true, replaced: 1 });
    const stored = await t.db.staffStatistic.findMany({
      where: { organizationId: other.id, measure: 'spanOfControl', year: 2025 },
      include: { department: true },
    });
    expect(stored.map((r) => `${r.department?.name ?? 'Totalt'} ${Number(r.value)}`).sort()).toEqual([
      'Förskola 19',
      'Totalt 21.6',
      'Äldreomsorg 24.5',
    ]);
  });

  it('asks about unknown names, writes nothing without an answer, and creates or maps them on request', async () => {
    const file = csv([
      'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal',
      '2024;Hemtjänst Norr;Vårdbiträde;Tillsvidare;Kvinna;50-59;9',
      '2024;Äldreomsorgen;Undersköterska;Tillsvidare;Kvinna;50-59;7',
    ]);
    const p = await preview(file);
    const comparison = await findImportChanges(t.db, roleAccess(org.id), p);
    expect(comparison.unknownDepartments).toEqual(['Hemtjänst Norr', 'Äldreomsorgen']);
    expect(comparison.unknownOccupations).toEqual(['Vårdbiträde']);

    const refused = await commitImport(t.db, {
      organizationId: org.id,
      user,
      preview: p,
      departmentMapping: {},
      occupationMapping: {},
    });
    expect(refused).toEqual({ ok: false, error: expect.stringContaining('Hemtjänst Norr') });
    expect(await countFor(2024)).toBe(0);

    const mappedToNothing = await commitImport(t.db, {
      organizationId: org.id,
      user,
      preview: p,
      departmentMapping: { 'Hemtjänst Norr': CREATE_NEW_OPTION, Äldreomsorgen: 'no-such-department' },
      occupationMapping: { Vårdbiträde: CREATE_NEW_OPTION },
    });
    expect(mappedToNothing).toEqual({
      ok: false,
      error: 'Avdelningen som Äldreomsorgen skulle kopplas till finns inte.',
    });
    expect(await countFor(2024)).toBe(0); // nothing written…
    expect(await t.db.department.count({ where: { organizationId: org.id, name: 'Hemtjänst Norr' } })).toBe(0); // …nothing created

    const done = await commitImport(t.db, {
      organizationId: org.id,
      user,
      preview: p,
      departmentMapping: { 'Hemtjänst Norr': CREATE_NEW_OPTION, Äldreomsorgen: org.departments.get('Äldreomsorg')! },
      occupationMapping: { Vårdbiträde: CREATE_NEW_OPTION },
    });
    expect(done.ok).toBe(true);
    const rows = await t.db.staffStatistic.findMany({
      where: { organizationId: org.id, year: 2024 },
      include: { department: true, occupation: true },
    });
    expect(rows.map((r) => `${r.department?.name}/${r.occupation?.name}`).sort()).toEqual([
      'Hemtjänst Norr/Vårdbiträde',
      'Äldreomsorg/Undersköterska',
    ]);
  });

  it('replaces a survey round and keeps the index exact', async () => {
    const header = 'År;Avdelning;Typ;Benämning;Nyckel;Skala;Värde;Föregående år;ORG;Antal svarande;Antal inbjudna';
    const file = (ami: string) =>
      csv([header, `2026;;AMI;;;Index;${ami};79;80;;`, '2026;;Svarsfrekvens;;;;87;;;870;1001']);
    const first = await preview(file('81'), 'survey', 'enkat.csv');
    await commitImport(t.db, {
      organizationId: org.id,
      user,
      preview: first,
      departmentMapping: {},
      occupationMapping: {},
    });
    const second = await preview(file('82'), 'survey', 'enkat.csv');
    expect((await findImportChanges(t.db, roleAccess(org.id), second)).replaced).toBe(1);
    await commitImport(t.db, {
      organizationId: org.id,
      user,
      preview: second,
      departmentMapping: {},
      occupationMapping: {},
    });
    const rounds = await t.db.surveyRound.findMany({
      where: { organizationId: org.id, year: 2026 },
      include: { results: true },
    });
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({ invited: 1001, responded: 870 });
    expect(rounds[0]!.results.map((r) => Number(r.value))).toEqual([82]);
  });
});

describe(`figures from files with explicit totals (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('counts a total once, whether the file states it or only its parts', async () => {
    const other = await createOrganization(t.db);
    const commit = async (bytes: Uint8Array, group: ImportPreview['group']) => {
      const p = await preview(bytes, group, `${group}.csv`);
      const comparison = await findImportChanges(t.db, roleAccess(other.id), p);
      const create = (names: string[]) => Object.fromEntries(names.map((n) => [n, CREATE_NEW_OPTION]));
      await commitImport(t.db, {
        organizationId: other.id,
        user,
        preview: p,
        departmentMapping: create(comparison.unknownDepartments),
        occupationMapping: create(comparison.unknownOccupations),
      });
    };
    await commit(
      csv([
        'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal',
        '2025;Äldreomsorg;Undersköterska;Tillsvidare;Kvinna;40-49;52',
        '2025;Äldreomsorg;Undersköterska;Tillsvidare;Man;40-49;11',
        '2025;Äldreomsorg;Undersköterska;Tillsvidare;Totalt;40-49;63',
      ]),
      'headcount',
    );
    await commit(
      csv([
        'År;Avdelning;Befattning;Fyller 65 år;Antal',
        '2025;Äldreomsorg;;2026;11',
        '2025;Förskola;;2026;5',
        '2025;Totalt;;2026;16',
      ]),
      'retirements',
    );
    const figures = (await getKeyFigures(roleAccess(other.id)))!;
    expect(figures.permanent).toBe(63);
    expect(figures.retirements).toEqual({ years: ['2026', '2027', '2028'], total: 16 });
  });
});

describe(`what a file covers against the previous year (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('warns before confirming a file that covers a small part of last year, which would become the headline', async () => {
    const other = await createOrganization(t.db);
    const header = 'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal';
    const lastYear = ['Äldreomsorg', 'Förskola'].flatMap((department) =>
      ['Kvinna', 'Man'].flatMap((gender) =>
        ['-29', '30-39', '40-49', '50-59'].map((age) => `2025;${department};;Tillsvidare;${gender};${age};20`),
      ),
    );
    const full = await preview(csv([header, ...lastYear]));
    await commitImport(t.db, {
      organizationId: other.id,
      user,
      preview: full,
      departmentMapping: {},
      occupationMapping: {},
    });

    const small = await preview(
      csv([header, '2026;Äldreomsorg;;Tillsvidare;Kvinna;30-39;21', '2026;Äldreomsorg;;Tillsvidare;Man;30-39;4']),
    );
    const comparison = await findImportChanges(t.db, roleAccess(other.id), small);
    expect(comparison.coverage.measures).toEqual([
      {
        measure: 'headcount',
        label: 'Antal anställda',
        file: { year: 2026, departments: ['Äldreomsorg'], figures: 2, total: 25 },
        previous: { year: 2025, departments: ['Förskola', 'Äldreomsorg'], figures: 16, total: 320 },
        becomesNewest: true,
      },
    ]);
    expect(comparison.coverage.warnings).toEqual([
      'Antal anställda 2026: filen täcker mindre än förra året – 1 avdelning mot 2 år 2025 (saknas: Förskola); ' +
        '2 siffror mot 16 år 2025; totalt 25 mot 320 år 2025. Om du importerar filen blir 2026 det senaste året ' +
        'för antal anställda, och förvaltningens nyckeltal visar då filens siffror. Kontrollera att filen är ' +
        'komplett innan du bekräftar.',
    ]);

    // A file as complete as last year's gets the comparison without a warning.
    const next = await preview(csv([header, ...lastYear.map((line) => line.replace(/^2025/, '2026'))]));
    const complete = await findImportChanges(t.db, roleAccess(other.id), next);
    expect(complete.coverage.measures[0]).toMatchObject({ file: { figures: 16, total: 320 } });
    expect(complete.coverage.warnings).toEqual([]);
  });
});
