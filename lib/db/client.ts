import 'server-only';
import { PrismaClient } from '../generated/prisma/client';
import { openDatabaseAdapter } from './adapter';
import { prepareDatabase } from './prepare';

type DbState = { client: Promise<PrismaClient> };

// One client per process, on globalThis: Next evaluates server modules in more than one module graph, and
// two PGlite instances on the same data folder would corrupt it.
const globalForDb = globalThis as typeof globalThis & { __kompetensplanDb?: DbState };

async function connect(): Promise<PrismaClient> {
  const adapter = await openDatabaseAdapter();
  const client = new PrismaClient({ adapter: adapter.factory });
  await prepareDatabase(client, adapter);
  return client;
}

/** The Prisma client, opened lazily so that `next build` never touches the database. */
export function getDb(): Promise<PrismaClient> {
  globalForDb.__kompetensplanDb ??= { client: connect() };
  const state = globalForDb.__kompetensplanDb;
  state.client.catch(() => {
    if (globalForDb.__kompetensplanDb === state) globalForDb.__kompetensplanDb = undefined; // retry next time
  });
  return state.client;
}

export type Db = PrismaClient;

/** Tests hand in their own database (PGlite in memory or a throwaway PostgreSQL). */
export function useDatabaseForTests(client: PrismaClient): void {
  globalForDb.__kompetensplanDb = { client: Promise.resolve(client) };
}
