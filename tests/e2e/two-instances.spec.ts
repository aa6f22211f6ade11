/**
 * Two production servers on one PostgreSQL database, as behind a load balancer (issue 22): what is done through
 * one instance counts on the other at the next request — a statistics import (in a dashboard the other had already
 * computed and kept), a session signed in on one, a sign-out, a changed role and a deactivation. Both run the build
 * the other specs use (`npm start`, .next/standalone) on a fresh database made from TEST_POSTGRES_URL, migrated and
 * demo-seeded by `npm run db:seed`'s script. Plain HTTP, no browser: the forms are the servers' own, posted as a
 * browser without JavaScript does (http-client.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { ACCOUNTS } from './fixtures';
import { get, html, postForm, signIn, signOut, signedIn } from './http-client';
import { WORKERS, serverPort } from './servers';

const SERVER_URL = process.env.TEST_POSTGRES_URL;
test.skip(!SERVER_URL, 'TEST_POSTGRES_URL is not set: two instances need a PostgreSQL server (CI sets it).');
test.describe.configure({ mode: 'serial' });

const ORG = 'socialforvaltningen';
const DASHBOARD = `/${ORG}/statistik`;
// The ports after the other specs' servers (servers.ts): E2E_PORT + 2 and + 3.
const [A, B] = [WORKERS, WORKERS + 1].map((i) => `http://127.0.0.1:${serverPort(i)}`) as [string, string];
const name = `kp_instances_${randomBytes(5).toString('hex')}`;
const databaseUrl = () => Object.assign(new URL(SERVER_URL!), { pathname: `/${name}` }).toString();
const servers: ChildProcess[] = [];
let db: pg.Client;

async function onServer(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(sql);
  await admin.end();
}

function run(command: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  servers.push(child);
  return child;
}

async function healthy(origin: string): Promise<void> {
  await expect
    .poll(async () => (await fetch(`${origin}/api/health`).catch(() => null))?.status, { timeout: 30_000 })
    .toBe(200);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await onServer(`CREATE DATABASE ${name}`);
  const env = { DATABASE_URL: databaseUrl(), NEXT_TELEMETRY_DISABLED: '1' };
  // The servers start while the database is migrated and seeded: they open it at their first request.
  for (const origin of [A, B]) {
    run('node', ['scripts/start.mjs'], {
      ...env,
      HOST: '127.0.0.1',
      PORT: new URL(origin).port,
      NEXTAUTH_URL: origin,
      NEXTAUTH_SECRET: 'two-instances-secret-that-is-long-enough-0123',
    });
  }
  const seed = run('node_modules/.bin/tsx', ['prisma/seed/cli.ts'], env);
  const seeded = new Promise<number | null>((resolve) => seed.on('exit', resolve));
  // The health check answers before the tables exist: the servers connect and warm up meanwhile.
  await Promise.all([A, B].map(healthy));
  expect(await seeded, 'npm run db:seed').toBe(0);
  db = new pg.Client({ connectionString: databaseUrl() });
  await db.connect();
});

test.afterAll(async () => {
  for (const server of servers) server.kill();
  await db?.end();
  if (SERVER_URL) await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

/** A page holds the text (the page itself is not printed: it is half a megabyte). */
const expectIn = (page: string, text: string) => expect(page.includes(text), text).toBe(true);

const userId = async (email: string) =>
  (await db.query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [email])).rows[0]!.id;

/** A light signed-in page, for whether a session still counts. */
const NOTICES = `/${ORG}/notiser`;

test('a session signed in on one instance works on the other, and a sign-out on one ends it on both', async () => {
  // The sign-in form as B rendered it, posted to A: the load balancer may send the two requests apart.
  const hr = await signIn(A, ACCOUNTS.hr, B);
  expect(await signedIn(B, NOTICES, hr)).toBe(true);
  expect(await signedIn(A, NOTICES, hr)).toBe(true);
  await signOut(A, hr);
  // The browser dropped its cookie at the sign-out; a copy of it (still sent here) no longer counts anywhere.
  expect(await signedIn(B, NOTICES, hr)).toBe(false);
  expect(await signedIn(A, NOTICES, hr)).toBe(false);
});

test('a statistics import on one instance is in the other’s already computed dashboard at once', async () => {
  const hr = await signIn(A, ACCOUNTS.hr);
  // B computes the dashboard and keeps it (lib/statistics/cache.ts) before A changes anything.
  const before = await html(B, DASHBOARD, hr);
  expectIn(before, 'anställda 2024');
  expect(before.includes('anställda 2025'), 'nothing for 2025 yet').toBe(false);
  const file = Buffer.from(
    [
      'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal',
      '2025;Avdelningen för socialt stöd;socialsekreterare;Tillsvidare;Kvinna;30-39;123',
      '2025;Avdelningen för socialt stöd;socialsekreterare;Tillsvidare;Man;30-39;45',
    ].join('\r\n'),
  );
  const upload = new FormData();
  for (const [k, v] of Object.entries({ org: ORG, intent: 'commit', group: 'headcount' })) upload.set(k, v);
  upload.set('checksum', createHash('sha256').update(file).digest('hex'));
  upload.set('file', new File([file], 'antal-2025.csv', { type: 'text/csv' }));
  const imported = await fetch(`${A}/${ORG}/statistik/import/fil`, {
    method: 'POST',
    body: upload,
    headers: { origin: A, cookie: hr.cookie },
  });
  const outcome = JSON.parse((await imported.text()).trim().split('\n').at(-1)!).state;
  expect(outcome, 'the import on A').toMatchObject({ status: 'done' });

  const after = await html(B, DASHBOARD, hr);
  expectIn(after, '168 anställda 2025'); // 123 + 45, the newest year now
  expectIn(after, '<option value="2025">2025</option>');
});

test('a changed role and a deactivation on one instance count at the user’s next request on the other', async () => {
  const manager = await signIn(B, ACCOUNTS.managerSocialSupport);
  const importPage = `/${ORG}/statistik/import`;
  expect((await get(B, importPage, manager)).status, 'a manager does not import').toBe(403);

  const admin = await signIn(A, ACCOUNTS.admin);
  const userPage = `/${ORG}/admin/anvandare/${await userId(ACCOUNTS.managerSocialSupport)}`;
  const saved = await postForm(A, userPage, admin, 'Spara roller', { roles: ['MANAGER', 'HR'] });
  expectIn(await saved.text(), 'Rollerna är sparade');
  expect((await get(B, importPage, manager)).status, 'now HR').toBe(200);

  const deactivated = await postForm(A, userPage, admin, '>Inaktivera<');
  expectIn(await deactivated.text(), 'är inaktiverad');
  expect(await signedIn(B, NOTICES, manager)).toBe(false);
});
