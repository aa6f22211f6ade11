/**
 * Imports confirmed at the same time (issue 6, item 13): on PostgreSQL each confirmation runs on its own
 * connection, as two browser tabs or a double click would. No figure may be stored twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseImportFile } from '@/lib/statistics/import';
import { commitImport } from '@/lib/statistics/import/service';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let user: { id: string; email: string };
let clients: PrismaClient[];

beforeAll(async () => {
  t = await createTestDatabase();
  user = await createUser(t.db, { email: 'hr.parallel@test.se', name: 'HR Parallell', memberships: [] });
  clients = [t.db, t.connect(), t.connect(), t.connect()];
});
afterAll(async () => {
  await t.close();
});

function headcountFile(extraValue = 0): Uint8Array {
  const lines = ['År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal'];
  for (const department of ['Äldreomsorg', 'Förskola'])
    for (const occupation of ['Undersköterska', 'Förskollärare'])
      for (const gender of ['Kvinna', 'Man'])
        for (const age of ['-29', '30-39', '40-49', '50-59', '60-64', '65+'])
          lines.push(`2025;${department};${occupation};Tillsvidare;${gender};${age};${lines.length + extraValue}`);
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

async function confirm(db: PrismaClient, organizationId: string, bytes: Uint8Array, fileName: string) {
  const parsed = await parseImportFile({ bytes, fileName, group: 'headcount', today: new Date('2026-11-22') });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return commitImport(db, {
    organizationId,
    user,
    preview: parsed.preview,
    departmentMapping: {},
    occupationMapping: {},
  });
}

const ROWS = 2 * 2 * 2 * 6;

describe(`imports confirmed at once (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('stores the same file confirmed four times at once (a double click) exactly once', async () => {
    const org = await createOrganization(t.db);
    const file = headcountFile();
    const results = await Promise.all(clients.map((db) => confirm(db, org.id, file, 'personal.csv')));
    expect(results.filter((r) => r.ok && !r.unchanged)).toHaveLength(1);
    expect(results.filter((r) => r.ok && r.unchanged)).toHaveLength(3);
    expect(await t.db.staffStatistic.count({ where: { organizationId: org.id } })).toBe(ROWS);
    expect(await t.db.importBatch.count({ where: { organizationId: org.id } })).toBe(1);
  });

  it('keeps one value per key when different files for the same figures are confirmed at once', async () => {
    const org = await createOrganization(t.db);
    const results = await Promise.all(
      clients.map((db, i) => confirm(db, org.id, headcountFile(i * 1000), `personal-${i}.csv`)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = await t.db.staffStatistic.findMany({ where: { organizationId: org.id } });
    expect(rows).toHaveLength(ROWS);
    // One file won as a whole: every value comes from the same batch.
    expect(new Set(rows.map((r) => r.importBatchId)).size).toBe(1);
    const total = rows.reduce((n, r) => n + Number(r.value), 0);
    expect([0, 1, 2, 3].map((i) => (ROWS * (ROWS + 1)) / 2 + i * 1000 * ROWS)).toContain(total);
    expect(await t.db.importBatch.count({ where: { pending: true } })).toBe(0); // the losers left nothing behind
  });
});
