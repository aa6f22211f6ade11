import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The integration files run a second time on PostgreSQL (`TEST_PASS=engine`, set by `npm run test:integration`):
 * those where the engine matters — parallel transactions and row locks (PGlite runs one at a time), raw SQL,
 * triggers, migrations and bulk writes. The others (authorization, reading, the role × entry-point matrix) test
 * logic above Prisma that is the same on both; `TEST_DATABASE=postgres vitest run FILE` still runs any file there.
 */
const POSTGRES_PASS = [
  'database', // migrations, triggers, the data version
  'health', // the migrations check reads Prisma's table on both engines
  'backup-restore', // npm run db:migrate, db:backup and db:restore (pg_dump, pg_restore): PostgreSQL only
  'import-concurrency', // parallel confirmations: stored once, one file wins whole
  'import-pending', // pending batches, xmin of the written rows, readers during a write
  'import-upload-route', // the upload route's import through the bulk insert
  'statistics-import', // bulk insert, replace, ANALYZE
  'statistics-read-path', // raw SQL, the years trigger
  'plan-concurrency', // version guard under parallel saves
  'plan-editing', // the plan row lock (lib/plans/guards.ts)
  'review-concurrency', // parallel questions, answers and sends
  'activity-follow-up', // parallel follow-ups
  'activity-register', // GROUP BY and DISTINCT ON queries
  'follow-up-reminders', // parallel reminder runs write one reminder
  'admin-users', // parallel role changes keep an administrator (organisation row lock)
  'organization-settings', // parallel saves of the turnover definition
  'population-forecast', // parallel confirmations of one vintage leave one copy (organisation row lock)
  'reference-data', // strategy-set row locks
  'sessions', // parallel requests of one session
  'sign-in-throttle', // the throttle's atomic counters
  'sso', // sign-in, just-in-time creation and role mapping in one transaction
  'kolada', // parallel stores of the shared values (advisory lock), unnest in raw SQL
  'scheduled-jobs-pg-boss', // pg-boss: two instances, one job run once; retries (PostgreSQL only)
].map((name) => `tests/integration/${name}.test.ts`);

const testFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `${dir}/${file}`);
const files =
  process.env.TEST_PASS === 'engine' ? POSTGRES_PASS : [...testFiles('tests/unit'), ...testFiles('tests/integration')];

/**
 * Files share their worker's module registry (`isolate: false`): each file loaded the same few hundred modules
 * again, a third of the suite's CPU (measured: unit 143 → 96 s of CPU). Files that replace modules (`vi.mock`) or
 * set the environment before modules read it (`vi.stubEnv`, `process.env.X =` at the top) get a registry of their
 * own: a mock or a value must not reach, nor miss, a module another file loaded (lib/env.ts reads once). Each file
 * still gets its own database (tests/support/test-database.ts), set before its tests run.
 */
const needsOwnModules = (file: string) =>
  /\bvi\.(mock|stubEnv)\(|^process\.env\.\w+ =/m.test(readFileSync(file, 'utf8'));
const isolated = files.filter(needsOwnModules);
const shared = files.filter((file) => !needsOwnModules(file));

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // server-only throws outside a React Server environment; tests run server code directly.
      'server-only': fileURLToPath(new URL('./tests/support/empty-module.ts', import.meta.url)),
      // revalidatePath needs a Next request; in tests there is nothing to revalidate.
      'next/cache': fileURLToPath(new URL('./tests/support/next-cache.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'shared', include: shared, isolate: false } },
      { extends: true, test: { name: 'isolated', include: isolated } },
    ],
    // next.config.ts enables experimental.authInterrupts; Next passes it to forbidden() through this variable.
    globalSetup: ['tests/support/global-setup.ts'],
    // PASSWORD_HASH_COST: bcrypt at cost 4 instead of 12 (lib/auth/password.ts; honoured under vitest only).
    // LOG_LEVEL: the guards' request lines would fill the output with thousands of lines (request-log.test.ts
    // turns them on); a failure's error is still printed outside production (lib/log/logger.ts).
    env: { __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: 'true', PASSWORD_HASH_COST: '4', LOG_LEVEL: 'silent' },
    // Every file gets its own database, so files run in parallel on every core (vitest's default leaves one idle).
    maxWorkers: 2,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
