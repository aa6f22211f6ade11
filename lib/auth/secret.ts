import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Env, env, isEmbeddedDatabase } from '../env';

const DEV_SECRET = 'kompetensplan-development-secret-do-not-use-in-production';
const SECRET_FILE = 'auth-secret';

const globalForSecret = globalThis as typeof globalThis & { __kompetensplanSecret?: string };

/**
 * The secret that signs session cookies. It is needed when a server runs, never at build time. In production
 * the embedded database keeps a generated one beside its data (so a fresh clone runs with one command and
 * sessions survive a restart); a PostgreSQL deployment must be given NEXTAUTH_SECRET.
 */
export function authSecret(e: Env = env()): string {
  if (e.NEXTAUTH_SECRET) return e.NEXTAUTH_SECRET;
  if (e.NODE_ENV !== 'production') return DEV_SECRET;
  globalForSecret.__kompetensplanSecret ??= generatedSecret(e);
  return globalForSecret.__kompetensplanSecret;
}

function generatedSecret(e: Env): string {
  if (!isEmbeddedDatabase(e)) {
    throw new Error('NEXTAUTH_SECRET krävs i produktion med PostgreSQL (till exempel: openssl rand -base64 32).');
  }
  if (e.DATABASE_URL === 'pglite:memory') return randomBytes(32).toString('base64url'); // nothing outlives the process
  return readOrCreateSecret(path.dirname(path.resolve(e.PGLITE_DATA_DIR)));
}

/** Reads `<dir>/auth-secret`, creating it (owner-only, 0600) on first start; a concurrent creator wins the race. */
export function readOrCreateSecret(dir: string): string {
  const file = path.join(dir, SECRET_FILE);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600); // the mode above is filtered by the umask
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}
