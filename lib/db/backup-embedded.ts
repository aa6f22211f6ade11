/**
 * Backup and restore of the embedded database (PGlite). PGlite is PostgreSQL in one process: a second process
 * opening the data folder while the server has it open would corrupt it. So the process that has the folder open
 * makes the copy: `dumpDataDir` runs between two queries (PGlite runs one at a time) after a CHECKPOINT, and gives
 * a crash-consistent copy of the folder, as a file-system snapshot of a running PostgreSQL is.
 *
 * The backup command asks the running server through a request file beside the data folder (no network endpoint,
 * no credential: whoever may write there may read the folder anyway); with no server running it opens the folder
 * itself. A restore needs the server stopped.
 */
import { existsSync, readFileSync, renameSync, rmSync, watch, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { log } from '../log/logger';

/** Which process has the folder open: `{ "pid": 123 }`. */
export const ownerFile = (dataDir: string) => `${dataDir}.owner.json`;
/** Written by the backup command, holding the archive's path; removed by the server once the archive is written. */
export const requestFile = (dataDir: string) => `${dataDir}.backup-request`;

/** The copy itself, in the process that has the folder open. */
export async function dumpPglite(pglite: PGlite, file: string): Promise<void> {
  await pglite.query('CHECKPOINT'); // data files current, so that the copy needs no WAL replay
  const archive = await pglite.dumpDataDir('gzip');
  const partial = `${file}.partial`;
  await writeFile(partial, Buffer.from(await archive.arrayBuffer()));
  await rename(partial, file);
}

/**
 * Called by the server when it opens the folder: records its pid and answers backup requests until closed.
 * Returns the release to call on close.
 */
export function serveBackupRequests(pglite: PGlite, dataDir: string): () => void {
  writeFileSync(ownerFile(dataDir), JSON.stringify({ pid: process.pid }));
  let busy = false;
  const answer = async () => {
    if (busy || !existsSync(requestFile(dataDir))) return;
    busy = true;
    try {
      const target = readFileSync(requestFile(dataDir), 'utf8').trim();
      if (!path.isAbsolute(target)) throw new Error('the request names no absolute path');
      await dumpPglite(pglite, target);
      log('info', 'embedded backup written');
    } catch (error) {
      log('error', 'embedded backup failed', { error });
    } finally {
      rmSync(requestFile(dataDir), { force: true });
      busy = false;
    }
  };
  const watcher = watch(path.dirname(dataDir), (_event, name) => {
    if (name === path.basename(requestFile(dataDir))) void answer();
  });
  watcher.unref();
  return () => {
    watcher.close();
    rmSync(ownerFile(dataDir), { force: true });
  };
}

/** The pid of the live process that has the folder open, or null (none, or one that died without cleaning up). */
export function runningOwner(dataDir: string): number | null {
  try {
    const { pid } = JSON.parse(readFileSync(ownerFile(dataDir), 'utf8')) as { pid: number };
    process.kill(pid, 0); // throws when no such process
    return pid;
  } catch {
    return null;
  }
}

export async function backupEmbedded(dataDir: string, file: string, timeoutMs = 120_000): Promise<'server' | 'direct'> {
  const target = path.resolve(file);
  if (runningOwner(dataDir) !== null) {
    await rm(target, { force: true });
    writeFileSync(`${requestFile(dataDir)}.partial`, target); // renamed whole: the server never reads half a path
    renameSync(`${requestFile(dataDir)}.partial`, requestFile(dataDir));
    const deadline = Date.now() + timeoutMs;
    while (existsSync(requestFile(dataDir))) {
      if (Date.now() > deadline) {
        rmSync(requestFile(dataDir), { force: true });
        throw new Error('Servern svarade inte på begäran om säkerhetskopia.');
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (!(await stat(target).catch(() => null))) throw new Error('Servern kunde inte skriva säkerhetskopian.');
    return 'server';
  }
  const pglite = new PGlite(dataDir);
  try {
    await dumpPglite(pglite, target);
  } finally {
    await pglite.close();
  }
  return 'direct';
}

/** Replaces the data folder with the archive's; the old folder is kept beside it. The server must be stopped. */
export async function restoreEmbedded(dataDir: string, file: string): Promise<string | null> {
  if (runningOwner(dataDir) !== null) throw new Error('Stoppa servern innan du återställer den inbyggda databasen.');
  const archive = new Blob([await readFile(file)]);
  const kept = existsSync(dataDir) ? `${dataDir}.before-restore-${Date.now()}` : null;
  if (kept) renameSync(dataDir, kept);
  await mkdir(path.dirname(dataDir), { recursive: true }); // PGlite's own mkdir is not recursive
  const pglite = new PGlite(dataDir, { loadDataDir: archive });
  await pglite.query('SELECT 1');
  await pglite.close();
  return kept;
}
