/**
 * The health checks (issue 22): /api/health is ready only when the database answers and has every migration this
 * build ships, else 503 with the reason; /api/health/live answers as long as the process does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as live } from '@/app/api/health/live/route';
import { GET as ready } from '@/app/api/health/route';
import { readiness } from '@/lib/db/health';
import { listMigrationNames } from '@/lib/db/schema-engine';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.close();
});

const get = async (handler: (request: Request) => Promise<Response>, path: string) => {
  const response = await handler(new Request(`http://app.test${path}`));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe(`health checks (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('is ready on a migrated database', async () => {
    expect(await get(ready, '/api/health')).toEqual({
      status: 200,
      body: { status: 'ok', database: 'ok', migrations: 'current' },
    });
    expect(await get(live, '/api/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('answers 503 naming the migration the database lacks', async () => {
    const latest = (await listMigrationNames()).at(-1)!;
    const [row] = await t.db.$queryRawUnsafe<Record<string, unknown>[]>(
      'SELECT * FROM "_prisma_migrations" WHERE migration_name = $1',
      latest,
    );
    await t.db.$executeRawUnsafe('DELETE FROM "_prisma_migrations" WHERE migration_name = $1', latest);
    try {
      const { status, body } = await get(ready, '/api/health');
      expect(status).toBe(503);
      expect(body).toEqual({
        status: 'unavailable',
        reason: `migrations pending: ${latest}`,
        database: 'ok',
        pending: [latest],
      });
    } finally {
      await t.db.$executeRawUnsafe(
        'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        row!.id,
        row!.checksum,
        row!.finished_at,
        row!.migration_name,
        row!.logs,
        row!.rolled_back_at,
        row!.started_at,
        row!.applied_steps_count,
      );
    }
    expect((await get(ready, '/api/health')).status).toBe(200);
  });

  it('answers 503 when the database was never migrated or does not answer', async () => {
    const result = await readiness(async () => ({
      $queryRawUnsafe: async <T>(sql: string) => {
        if (sql.includes('_prisma_migrations')) throw new Error('relation "_prisma_migrations" does not exist');
        return [] as T;
      },
    }));
    expect(result.ready).toBe(false);
    expect(result.body).toMatchObject({ database: 'ok', pending: await listMigrationNames() });
    const down = await readiness(() => Promise.reject(new Error('ECONNREFUSED')));
    expect(down).toEqual({
      ready: false,
      body: { status: 'unavailable', reason: 'database unreachable', database: 'unreachable' },
    });
  });
});
