/**
 * Prisma's schema engine as WebAssembly, driven through a driver adapter. Prisma 7's CLI downloads a native
 * engine for every migrate command, which is impossible offline (STACK.md); the wasm engine is the same
 * engine and writes the standard `_prisma_migrations` table, so `prisma migrate deploy` accepts our history.
 */
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';

// Resolve from the project root: inside a Next.js bundle import.meta.url points at the bundle, not at node_modules.
const require = createRequire(path.join(process.cwd(), 'package.json'));

export const MIGRATIONS_DIR = path.join(process.cwd(), 'prisma', 'migrations');
export const SCHEMA_PATH = path.join(process.cwd(), 'prisma', 'schema.prisma');

let wasmReady: Promise<typeof import('@prisma/schema-engine-wasm/schema_engine_bg')> | undefined;

function loadWasm() {
  wasmReady ??= (async () => {
    const bindings = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    // The package exports no package.json; resolve its JS entry and take the .wasm beside it.
    const wasmPath = path.join(
      path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
      'schema_engine_bg.wasm',
    );
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bindings;
  })();
  return wasmReady;
}

export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  datamodel?: string,
): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadWasm();
  const datamodels: [string, string][] | undefined = datamodel ? [[SCHEMA_PATH, datamodel]] : undefined;
  return SchemaEngine.new({ datamodels }, () => {}, bindMigrationAwareSqlAdapterFactory(adapterFactory));
}

export async function listMigrationNames(dir = MIGRATIONS_DIR): Promise<string[]> {
  return (await readdir(/* turbopackIgnore: true */ dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function readMigrationList(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await listMigrationNames(dir);
  const migrationDirectories = await Promise.all(
    entries.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: {
          tag: 'ok' as const,
          value: await readFile(/* turbopackIgnore: true */ path.join(dir, name, 'migration.sql'), 'utf8'),
        },
      },
    })),
  );
  const lockPath = path.join(dir, 'migration_lock.toml');
  const lock = await readFile(/* turbopackIgnore: true */ lockPath, 'utf8').catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: lock },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

export const NO_FILTER = { externalTables: [], externalEnums: [] };
