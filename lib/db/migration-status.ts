import { listMigrationNames } from './schema-engine';

type RawQuery = { $queryRawUnsafe: <T>(sql: string) => Promise<T> };

export type MigrationStatus =
  | { current: true }
  /** `pending`: shipped in prisma/migrations but not (or not successfully) applied; none at all without the table. */
  | { current: false; pending: string[] };

// The migrations shipped with this build do not change while it runs: read the folder once.
let shipped: Promise<string[]> | undefined;

/**
 * The shipped migrations (prisma/migrations) against those the database recorded as finished in Prisma's
 * `_prisma_migrations` table, the same on PostgreSQL and PGlite. One small query: cheap enough for a health check.
 */
export async function migrationStatus(db: RawQuery): Promise<MigrationStatus> {
  shipped ??= listMigrationNames().catch((error) => {
    shipped = undefined;
    throw error;
  });
  const onDisk = await shipped;
  let applied: Set<string>;
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    applied = new Set(rows.map((row) => row.migration_name));
  } catch (error) {
    if (!/_prisma_migrations/.test(String(error))) throw error; // the database itself is unreachable
    applied = new Set(); // never migrated
  }
  const pending = onDisk.filter((name) => !applied.has(name));
  return pending.length ? { current: false, pending } : { current: true };
}
