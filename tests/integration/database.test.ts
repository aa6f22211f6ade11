import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '@/lib/audit';
import { seedReferenceData } from '@/prisma/seed/reference';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.close();
});

describe(`migrations and reference data (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('applies the migration history and records it like prisma migrate deploy', async () => {
    const rows = await t.db.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.migration_name).toMatch(/_init$/);
    expect(rows[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('loads the reference data idempotently', async () => {
    await seedReferenceData(t.db);
    await seedReferenceData(t.db);
    const sets = await t.db.skrStrategySet.findMany({ include: { strategies: true }, orderBy: { validFrom: 'desc' } });
    expect(sets.map((s) => s.strategies.length)).toEqual([9, 9]);
    expect(sets.filter((s) => s.isCurrent).map((s) => s.name)).toEqual(['SKR:s strategier 2024']);
    expect(await t.db.ubaraPhase.count()).toBe(6);
    expect(await t.db.unionOrganization.findUnique({ where: { name: 'Akademikerförbundet SSR' } })).not.toBeNull();
  });

  it('keeps the audit log append-only at the database', async () => {
    await recordAudit(t.db, { action: 'test.entry', userEmail: 'a@b.se' });
    const entry = await t.db.auditLog.findFirstOrThrow({ where: { action: 'test.entry' } });
    await expect(t.db.auditLog.update({ where: { id: entry.id }, data: { action: 'changed' } })).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    expect((await t.db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe('test.entry');
  });
});
