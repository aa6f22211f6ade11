import { migrationStatus } from './migration-status';

type RawQuery = { $queryRawUnsafe: <T>(sql: string) => Promise<T> };

export type Readiness =
  | { ready: true; body: { status: 'ok'; database: 'ok'; migrations: 'current' } }
  | { ready: false; body: { status: 'unavailable'; reason: string; database: string; pending?: string[] } };

/**
 * Ready to serve: the database answers and has every migration this build ships (a server started before
 * `npm run db:migrate` ran would fail on the first query that needs a new column). The reason is in the answer
 * for the operator; it names no data, only the migrations' folder names.
 */
export async function readiness(openDb: () => Promise<RawQuery>): Promise<Readiness> {
  let db: RawQuery;
  try {
    db = await openDb();
    await db.$queryRawUnsafe('SELECT 1');
  } catch {
    return { ready: false, body: { status: 'unavailable', reason: 'database unreachable', database: 'unreachable' } };
  }
  const migrations = await migrationStatus(db);
  if (migrations.current) return { ready: true, body: { status: 'ok', database: 'ok', migrations: 'current' } };
  return {
    ready: false,
    body: {
      status: 'unavailable',
      reason: `migrations pending: ${migrations.pending.join(', ')}`,
      database: 'ok',
      pending: migrations.pending,
    },
  };
}
