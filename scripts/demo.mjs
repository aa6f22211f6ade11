// `npm run demo`: builds the production server if the sources changed since the last build, then starts it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const built = path.join(root, '.next', 'standalone', 'server.js');
const SOURCES = [
  'app',
  'components',
  'lib',
  'prisma',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
  'package-lock.json',
];
const IGNORED = new Set(['node_modules', 'generated']);

function newestChange(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(entry)
      .filter((name) => !IGNORED.has(name))
      .map((name) => newestChange(path.join(entry, name))),
  );
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
if (builtAt < Math.max(...SOURCES.map((s) => newestChange(path.join(root, s))))) {
  console.info(builtAt ? 'Källkoden har ändrats: bygger om…' : 'Bygger produktionsversionen (en gång)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import('./start.mjs');
