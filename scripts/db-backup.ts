/**
 * `npm run db:backup -- <file>` and `npm run db:restore -- <file>`: the database DATABASE_URL names (PostgreSQL:
 * pg_dump -Fc / pg_restore), or the embedded one in PGLITE_DATA_DIR (a gzipped tar of its folder, made by the
 * running server if there is one). See the README, "Drift".
 */
import path from 'node:path';
import { backupEmbedded, restoreEmbedded } from '../lib/db/backup-embedded';
import { dumpPostgres, restorePostgres } from '../lib/db/backup-postgres';
import { env, isEmbeddedDatabase } from '../lib/env';

async function main(command: string | undefined, file: string | undefined) {
  if (!file || (command !== 'backup' && command !== 'restore')) {
    throw new Error('Användning: npm run db:backup -- <fil>  eller  npm run db:restore -- <fil>');
  }
  const embedded = isEmbeddedDatabase();
  if (embedded && env().DATABASE_URL === 'pglite:memory')
    throw new Error('En databas i minnet kan inte säkerhetskopieras.');
  const dataDir = path.resolve(env().PGLITE_DATA_DIR);
  if (command === 'backup') {
    if (!embedded) await dumpPostgres(env().DATABASE_URL!, file);
    else {
      const how = await backupEmbedded(dataDir, file);
      if (how === 'server') console.log('Den körande servern skrev kopian.');
    }
    console.log(`Säkerhetskopia skriven: ${file}`);
  } else {
    if (!embedded) await restorePostgres(env().DATABASE_URL!, file);
    else {
      const kept = await restoreEmbedded(dataDir, file);
      if (kept) console.log(`Den tidigare databasen finns kvar i ${kept}`);
    }
    console.log(`Återställd från ${file}`);
  }
}

try {
  await main(process.argv[2], process.argv[3]);
  process.exit(0);
} catch (error) {
  const stderr = (error as { stderr?: string }).stderr;
  console.error(stderr?.trim() || (error instanceof Error ? error.message : error));
  process.exit(1);
}
