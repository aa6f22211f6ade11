/**
 * The embedded database's backup (issue 22, lib/db/backup-embedded.ts): the process that has the data folder open
 * writes the copy when the backup command asks, while it keeps serving; a restore is refused while it runs and
 * brings back every row once it is stopped.
 */
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { backupEmbedded, restoreEmbedded, serveBackupRequests } from '@/lib/db/backup-embedded';

let folder: string;

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('embedded database backup', () => {
  it('is written by the running server, refuses a restore while it runs, and restores every row', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'kp-pglite-backup-'));
    const dataDir = path.join(folder, 'pglite');
    // The suite's migrated template (tests/support/global-setup.ts), written into a folder: no initdb to wait for.
    const template = inject('pgliteTemplatePath');
    const server = new PGlite(dataDir, template ? { loadDataDir: new Blob([await readFile(template)]) } : {});
    const release = serveBackupRequests(server, dataDir);
    await server.exec(`CREATE TABLE note (id int PRIMARY KEY, text text);
      INSERT INTO note SELECT i, 'rad ' || i FROM generate_series(1, 500) i;`);

    const file = path.join(folder, 'backup.tar.gz');
    expect(await backupEmbedded(dataDir, file, 30_000)).toBe('server');
    await server.exec(`INSERT INTO note VALUES (501, 'efter kopian')`); // the server kept working
    await expect(restoreEmbedded(dataDir, file)).rejects.toThrow(/Stoppa servern/);

    release();
    await server.close();
    const kept = await restoreEmbedded(dataDir, file);
    expect(kept && existsSync(kept)).toBe(true);
    const restored = new PGlite(dataDir);
    const { rows } = await restored.query<{ n: number; sum: string }>(
      `SELECT count(*)::int AS n, md5(string_agg(text, '|' ORDER BY id)) AS sum FROM note`,
    );
    const text = Array.from({ length: 500 }, (_, i) => `rad ${i + 1}`).join('|');
    expect(rows[0]).toEqual({ n: 500, sum: createHash('md5').update(text).digest('hex') });
    await restored.close();
  });
});
