/**
 * Backup and restore of a PostgreSQL database with PostgreSQL's own tools: `pg_dump -Fc` writes one compressed
 * archive that `pg_restore` reads back, consistent while the application runs (one snapshot) and restorable into
 * a newer server. The tools come from PATH, or PG_BIN, or the newest /usr/lib/postgresql/<version>/bin (Debian).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function postgresTool(name: 'pg_dump' | 'pg_restore'): string {
  if (process.env.PG_BIN) return path.join(process.env.PG_BIN, name);
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((v) => existsSync(path.join(debian, v, 'bin', name)))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return versions[0] ? path.join(debian, versions[0], 'bin', name) : name;
}

/** Owners and grants are left out: the archive restores into a database the restoring role owns. */
export async function dumpPostgres(databaseUrl: string, file: string): Promise<void> {
  await run(postgresTool('pg_dump'), [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    `--file=${file}`,
    databaseUrl,
  ]);
}

/**
 * Restores into the database at databaseUrl in one transaction: all or nothing. Objects the archive holds are
 * dropped first (`--clean`), so it also replaces an older copy; on an empty database there is nothing to drop.
 */
export async function restorePostgres(databaseUrl: string, file: string): Promise<void> {
  await run(postgresTool('pg_restore'), [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${databaseUrl}`,
    file,
  ]);
}
