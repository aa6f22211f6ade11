import type { PrismaClient } from '../generated/prisma/client';
import { env } from '../env';
import type { DatabaseAdapter } from './adapter';
import { applyMigrations } from './migrate';
import { migrationStatus } from './migration-status';

/**
 * The embedded database migrates itself and, when empty, fills itself with the demo data, so that a fresh
 * clone runs with one command. A PostgreSQL server is migrated and seeded by explicit commands instead.
 */
export async function prepareDatabase(client: PrismaClient, adapter: DatabaseAdapter): Promise<void> {
  if (!adapter.embedded) return;
  // Cheap check so that an up-to-date database does not load the schema engine at every start.
  if (!(await migrationStatus(client)).current) {
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
