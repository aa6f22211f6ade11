import type { PrismaClient } from '../generated/prisma/client';
import { env } from '../env';
import type { DatabaseAdapter } from './adapter';
import { applyMigrations } from './migrate';
import { listMigrationNames } from './schema-engine';

/**
 * The embedded database migrates itself and, when empty, fills itself with the demo data, so that a fresh
 * clone runs with one command. A PostgreSQL server is migrated and seeded by explicit commands instead.
 */
export async function prepareDatabase(client: PrismaClient, adapter: DatabaseAdapter): Promise<void> {
  if (!adapter.embedded) return;
  if (await hasPendingMigrations(client)) {
    const applied = await applyMigrations(adapter.factory);
    if (applied.length) console.info(`[db] ${adapter.description}: migrerade ${applied.join(', ')}`);
  }
  const seedDemo = env().DEMO_SEED !== 'false';
  if (seedDemo && (await client.organization.count()) === 0) {
    const { seedDemoData } = await import('../../prisma/seed/demo');
    const started = Date.now();
    await seedDemoData(client);
    await client.$executeRawUnsafe('ANALYZE'); // PGlite has no autovacuum: the planner would know no row counts
    console.info(`[db] demodata inläst på ${Date.now() - started} ms`);
  }
}

/** Cheap check so that an up-to-date database does not load the schema engine at every start. */
async function hasPendingMigrations(client: PrismaClient): Promise<boolean> {
  const onDisk = await listMigrationNames();
  try {
    const rows = await client.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL',
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return onDisk.some((name) => !applied.has(name));
  } catch {
    return true; // no migrations table yet
  }
}
