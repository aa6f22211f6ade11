/**
 * Every entry point in the file tree: page routes, route handlers (per HTTP method) and server actions (per
 * exported function of a 'use server' file). The matrix test fails when one of them has no case.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const APP_DIR = path.resolve(process.cwd(), 'app');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** "app/(app)/[org]/plan/[year]/page.tsx" → "/[org]/plan/[year]" (route groups drop out). */
function routeOf(file: string): string {
  const parts = path
    .relative(APP_DIR, path.dirname(file))
    .split(path.sep)
    .filter((part) => part && !/^\(.*\)$/.test(part));
  return `/${parts.join('/')}`;
}

export function discoverEntryPoints(): string[] {
  const ids: string[] = [];
  for (const file of walk(APP_DIR)) {
    const name = path.basename(file);
    const source = readFileSync(file, 'utf8');
    if (name === 'page.tsx') ids.push(`page ${routeOf(file)}`);
    if (name === 'route.ts') {
      const methods = new Set<string>();
      for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g))
        methods.add(m[1]!);
      for (const m of source.matchAll(/export\s*\{([^}]*)\}/g))
        for (const alias of m[1]!.matchAll(/as\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(alias[1]!);
      for (const method of methods) ids.push(`route ${method} ${routeOf(file)}`);
    }
    if (/^\s*['"]use server['"]/.test(source)) {
      const relative = path.relative(process.cwd(), file);
      for (const m of source.matchAll(/export\s+(?:async\s+function|const)\s+(\w+)/g))
        ids.push(`action ${relative}#${m[1]}`);
    }
  }
  return ids.sort();
}
