/**
 * A fresh, migrated database per test file: PGlite in memory by default, or a throwaway database on the
 * PostgreSQL server at TEST_POSTGRES_URL when TEST_DATABASE=postgres (CI runs the suite both ways). Each is a
 * copy of the template tests/support/global-setup.ts migrated once for the run.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { useDatabaseForTests } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { PrismaClient } from '@/lib/generated/prisma/client';

export type TestDatabase = {
  db: PrismaClient;
  kind: 'pglite' | 'postgres';
  /** Another client on the same database: its own connections on PostgreSQL, the same instance on PGlite. */
  connect: () => PrismaClient;
  close: () => Promise<void>;
};

/** The template global-setup.ts provides; benchmarks run outside vitest and migrate their own. */
async function provided<K extends 'pgliteTemplatePath' | 'postgresTemplate'>(key: K): Promise<string | null> {
  if (!process.env.VITEST) return null;
  const { inject } = await import('vitest');
  return inject(key) ?? null;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.TEST_DATABASE === 'postgres') return createPostgresDatabase();
  const templatePath = await provided('pgliteTemplatePath');
  const pglite = templatePath ? new PGlite({ loadDataDir: new Blob([await readFile(templatePath)]) }) : new PGlite();
  const factory = new PrismaPGlite(pglite);
  return finish(
    factory,
    'pglite',
    () => pglite.close(),
    () => new PrismaClient({ adapter: factory }),
    Boolean(templatePath),
  );
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE=postgres needs TEST_POSTGRES_URL');
  const name = `kp_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const template = await provided('postgresTemplate');
  await admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const factory = new PrismaPg({ connectionString: url.toString() });
  const extra: PrismaClient[] = [];
  const connect = () => {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
    extra.push(client);
    return client;
  };
  return finish(
    factory,
    'postgres',
    async () => {
      await Promise.all(extra.map((client) => client.$disconnect()));
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
    connect,
    Boolean(template),
  );
}

async function finish(
  factory: SqlMigrationAwareDriverAdapterFactory,
  kind: TestDatabase['kind'],
  dispose: () => Promise<void>,
  connect: () => PrismaClient,
  fromTemplate: boolean,
): Promise<TestDatabase> {
  if (!fromTemplate) await applyMigrations(factory);
  const db = new PrismaClient({ adapter: factory });
  useDatabaseForTests(db);
  return {
    db,
    kind,
    connect,
    close: async () => {
      await db.$disconnect();
      await dispose();
    },
  };
}
