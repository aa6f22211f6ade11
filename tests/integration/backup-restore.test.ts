/**
 * The deploy's commands against a real PostgreSQL server (issue 22), on the PostgreSQL pass only: compose's
 * one-off migration service runs `npm run db:migrate` on an empty database, `npm run db:seed` fills it with the
 * demo data, and `npm run db:backup` / `npm run db:restore` carry it into a fresh one, every row and every plan's
 * text.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { readiness } from '@/lib/db/health';
import { PrismaClient } from '@/lib/generated/prisma/client';

const run = promisify(execFile);
const serverUrl = process.env.TEST_POSTGRES_URL;
const onPostgres = process.env.TEST_DATABASE === 'postgres' && Boolean(serverUrl);
const created: string[] = [];
const clients: PrismaClient[] = [];
let folder: string | undefined;

async function admin<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** An empty database (not the suite's migrated template): what a new installation starts from. */
async function emptyDatabase(): Promise<string> {
  const name = `kp_deploy_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  created.push(name);
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

function connect(url: string): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  clients.push(client);
  return client;
}

/** The npm script exactly as the image and the README run it, with DATABASE_URL from the environment. */
const npm = (url: string, ...args: string[]) =>
  run('npm', ['run', '--silent', ...args], { env: { ...process.env, DATABASE_URL: url }, timeout: 120_000 });

/** Every table's row count, and a checksum of the plans' text (titles, sections, the frozen versions). */
async function fingerprint(db: PrismaClient) {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${name}"`);
    counts[name] = Number(row!.n);
  }
  const [{ plans }] = (await db.$queryRawUnsafe(`
    SELECT md5(
      (SELECT string_agg(id || title, '|' ORDER BY id) FROM "Plan") ||
      (SELECT string_agg(id || title || body::text, '|' ORDER BY id) FROM "PlanSection") ||
      coalesce((SELECT string_agg(id || content::text, '|' ORDER BY id) FROM "PlanSnapshot"), '')
    ) AS plans`)) as [{ plans: string }];
  return { counts, plans };
}

afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
  for (const name of created) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe.runIf(onPostgres)('deploy commands on PostgreSQL', () => {
  it('migrates an empty database, backs it up with the demo data and restores every row into a fresh one', async () => {
    const source = await emptyDatabase();
    await npm(source, 'db:migrate');
    const db = connect(source);
    expect((await readiness(async () => db)).ready).toBe(true);
    await npm(source, 'db:seed');

    folder = await mkdtemp(path.join(tmpdir(), 'kp-backup-'));
    const file = path.join(folder, 'kompetensplan.dump');
    await npm(source, 'db:backup', '--', file);
    const target = await emptyDatabase();
    await npm(target, 'db:restore', '--', file);

    const before = await fingerprint(db);
    const after = await fingerprint(connect(target));
    expect(before.counts.PlanSection).toBeGreaterThan(0);
    expect(before.counts.User).toBeGreaterThan(0);
    expect(after).toEqual(before);
    expect((await readiness(async () => connect(target))).ready).toBe(true);
  });
});
