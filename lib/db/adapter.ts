import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { env, isEmbeddedDatabase } from '../env';
import { serveBackupRequests } from './backup-embedded';

export type DatabaseAdapter = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  description: string;
  embedded: boolean;
  close: () => Promise<void>;
};

/** The configured database: PostgreSQL from DATABASE_URL, else PGlite in a data folder ("pglite:memory" = RAM). */
export async function openDatabaseAdapter(): Promise<DatabaseAdapter> {
  if (!isEmbeddedDatabase()) {
    const factory = new PrismaPg({ connectionString: env().DATABASE_URL });
    return { factory, description: 'PostgreSQL', embedded: false, close: async () => {} };
  }
  const options = { postgresqlconf: [`shared_buffers = ${env().PGLITE_SHARED_BUFFERS}`] };
  if (env().DATABASE_URL === 'pglite:memory') return openPglite(new PGlite(options), 'PGlite (minne)');
  const dir = path.resolve(env().PGLITE_DATA_DIR);
  await mkdir(path.dirname(dir), { recursive: true }); // PGlite's own mkdir is not recursive
  const pglite = new PGlite(dir, options);
  const adapter = openPglite(pglite, `PGlite (${path.relative(process.cwd(), dir)})`);
  // `npm run db:backup` asks this process for the copy: no other process may open the folder (backup-embedded.ts).
  const release = serveBackupRequests(pglite, dir);
  return { ...adapter, close: () => (release(), adapter.close()) };
}

export function openPglite(pglite: PGlite, description: string): DatabaseAdapter {
  return {
    factory: new PrismaPGlite(pglite),
    description,
    embedded: true,
    close: () => pglite.close(),
  };
}
