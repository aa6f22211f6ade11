/**
 * Migrates one template database per run, so that each test file copies it instead of migrating its own:
 * PGlite from a dump of its data directory (cached on disk, keyed by the migrations), PostgreSQL with
 * CREATE DATABASE … TEMPLATE. Booting and migrating a PGlite costs about 5 s; loading the dump under 1 s.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '@/lib/db/migrate';
import { readMigrationList } from '@/lib/db/schema-engine';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dump of a migrated PGlite data directory (PGlite runs). */
    pgliteTemplatePath: string | null;
    /** The name of a migrated template database on TEST_POSTGRES_URL (PostgreSQL runs). */
    postgresTemplate: string | null;
  }
}

async function migrationsHash(): Promise<string> {
  const list = await readMigrationList();
  return createHash('sha256').update(JSON.stringify(list)).digest('hex').slice(0, 16);
}

async function pgliteTemplate(hash: string): Promise<string> {
  const dir = path.resolve('node_modules/.cache/kompetensplan');
  const file = path.join(dir, `pglite-template-${hash}.tar`);
  if (
    await stat(file).then(
      () => true,
      () => false,
    )
  )
    return file;
  const database = new PGlite();
  await applyMigrations(new PrismaPGlite(database));
  const dump = await database.dumpDataDir('none');
  await database.close();
  await mkdir(dir, { recursive: true });
  // Written aside and renamed, so a run that stops half-way never leaves a truncated template behind.
  const partial = `${file}.${process.pid}`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file);
  return file;
}

async function postgresTemplate(serverUrl: string, hash: string): Promise<{ name: string; drop: () => Promise<void> }> {
  const name = `kp_template_${hash}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // The schema engine leaves its connection open, and PostgreSQL copies no template anyone is connected to:
  // keep the adapters it opens and close them.
  const factory = new PrismaPg({ connectionString: url.toString() });
  const opened: { dispose: () => Promise<void> }[] = [];
  const closing = Object.create(factory) as PrismaPg;
  closing.connect = async () => {
    const adapter = await factory.connect();
    opened.push(adapter);
    return adapter;
  };
  await applyMigrations(closing);
  await Promise.all(opened.map((adapter) => adapter.dispose()));
  return {
    name,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

type Template = { pgliteTemplatePath: string | null; postgresTemplate: string | null; drop: () => Promise<void> };

async function makeTemplate(): Promise<Template> {
  const hash = await migrationsHash();
  if (process.env.TEST_DATABASE === 'postgres') {
    const serverUrl = process.env.TEST_POSTGRES_URL;
    if (!serverUrl) throw new Error('TEST_DATABASE=postgres needs TEST_POSTGRES_URL');
    const template = await postgresTemplate(serverUrl, hash);
    return { pgliteTemplatePath: null, postgresTemplate: template.name, drop: template.drop };
  }
  return { pgliteTemplatePath: await pgliteTemplate(hash), postgresTemplate: null, drop: async () => {} };
}

// Every vitest project (vitest.config.ts) runs this setup, at the same time and in one process, where Prisma's
// schema engine cannot migrate twice at once: the projects share one template, dropped after the last is done.
const shared = globalThis as { kpTemplate?: Promise<Template>; kpTemplateUsers?: number };

export default async function setup(project: TestProject) {
  shared.kpTemplate ??= makeTemplate();
  shared.kpTemplateUsers = (shared.kpTemplateUsers ?? 0) + 1;
  const template = await shared.kpTemplate;
  project.provide('pgliteTemplatePath', template.pgliteTemplatePath);
  project.provide('postgresTemplate', template.postgresTemplate);
  return async () => {
    shared.kpTemplateUsers = (shared.kpTemplateUsers ?? 1) - 1;
    if (shared.kpTemplateUsers === 0) {
      shared.kpTemplate = undefined;
      await template.drop();
    }
  };
}
