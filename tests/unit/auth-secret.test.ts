import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { authSecret, readOrCreateSecret } from '@/lib/auth/secret';
import { parseEnv } from '@/lib/env';
import { prepareServer } from '@/lib/startup';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kp-secret-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('session secret', () => {
  it('parses a production environment without a secret (a build needs none)', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).not.toThrow();
  });

  it('uses NEXTAUTH_SECRET when given', () => {
    const secret = 'a-secret-that-is-long-enough';
    expect(authSecret(parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: secret }))).toBe(secret);
  });

  it('requires NEXTAUTH_SECRET and NEXTAUTH_URL when a production server on PostgreSQL starts', () => {
    const postgres = { NODE_ENV: 'production', DATABASE_URL: 'postgresql://db/kp' };
    expect(() => authSecret(parseEnv(postgres))).toThrow(/NEXTAUTH_SECRET krävs i produktion med PostgreSQL/);
    expect(() => prepareServer(parseEnv(postgres))).toThrow(/NEXTAUTH_SECRET krävs/);
    expect(() => prepareServer(parseEnv({ ...postgres, NEXTAUTH_SECRET: 'a-secret-that-is-long-enough' }))).toThrow(
      /NEXTAUTH_URL krävs i produktion med PostgreSQL/,
    );
  });

  it('generates the embedded default secret once, owner-only, and reuses it after a restart', () => {
    const dir = path.join(tempDir(), 'data');
    const first = readOrCreateSecret(dir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const file = path.join(dir, 'auth-secret');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readOrCreateSecret(dir)).toBe(first);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(readOrCreateSecret(path.join(tempDir(), 'data'))).not.toBe(first);
  });

  it('keeps the generated secret beside the embedded database folder in production', () => {
    const root = tempDir();
    const e = parseEnv({ NODE_ENV: 'production', PGLITE_DATA_DIR: path.join(root, 'data', 'pglite') });
    const secret = authSecret(e);
    expect(readFileSync(path.join(root, 'data', 'auth-secret'), 'utf8').trim()).toBe(secret);
  });
});
