/**
 * What the browser is sent (issue 20: ≤ 200 kB of JavaScript on any page). A client component ships everything it
 * imports, transitively: a constant taken from a module that builds zod schemas ships all of zod (65 kB gzip). This
 * follows the static imports of every 'use client' module in the repository (not `import type`, not a dynamic
 * `import()`, which loads later, and not server actions, which the browser only references) and lists the heavy
 * packages it reaches.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();

/**
 * Packages no client module may reach, but for the modules named: the sign-in form signs in with next-auth, and the
 * section editor (loaded with Tiptap, only on the editing page) checks figure bindings with zod.
 */
const HEAVY: Record<string, string[]> = {
  zod: ['components/plans/editor/section-editor.tsx'],
  recharts: [],
  'next-auth/react': ['components/login-form.tsx'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

const directive = (source: string, name: string) =>
  new RegExp(`^(?:\\s*//[^\\n]*\\n|\\s*/\\*[\\s\\S]*?\\*/)*\\s*['"]${name}['"]`).test(source);

/** The modules a file imports for their values: `import … from`, `export … from`, bare `import '…'`. */
function valueImports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    const clause = m[2]!.trim();
    if (clause.startsWith('type ')) continue;
    const names = /^\{([^}]*)\}$/.exec(clause)?.[1];
    if (names && names.split(',').every((n) => !n.trim() || n.trim().startsWith('type '))) continue;
    found.push(m[3]!);
  }
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push(m[1]!);
  return found;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Every heavy package a client module reaches, with the chain of imports that gets there. */
function heavyReached(entry: string): { pkg: string; chain: string[] }[] {
  const reached: { pkg: string; chain: string[] }[] = [];
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    if (chain.length > 0 && directive(source, 'use server')) return; // a server action: only a reference ships
    for (const specifier of valueImports(source)) {
      const local = resolveLocal(file, specifier);
      if (local) visit(local, [...chain, path.relative(root, local)]);
      else if (HEAVY[specifier]) reached.push({ pkg: specifier, chain });
    }
  };
  visit(entry, []);
  return reached;
}

describe('client components', () => {
  const clientModules = ['app', 'components']
    .flatMap((dir) => sourceFiles(path.join(root, dir)))
    .filter((file) => directive(readFileSync(file, 'utf8'), 'use client'));

  it('are found (the scan reads the repository)', () => {
    expect(clientModules.length).toBeGreaterThan(20);
  });

  it('do not ship zod, recharts or the next-auth client to the browser', () => {
    const offences = clientModules.flatMap((file) => {
      const name = path.relative(root, file);
      return heavyReached(file)
        .filter(({ pkg }) => !HEAVY[pkg]!.includes(name))
        .map(({ pkg, chain }) => `${[name, ...chain].join(' → ')} → ${pkg}`);
    });
    expect(offences).toEqual([]);
  });
});
