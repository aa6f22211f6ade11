import bcrypt from 'bcrypt';

/**
 * Password hashing off the event loop. bcryptjs (pure JavaScript) hashed on the server's only JavaScript thread,
 * so 20 parallel failing sign-ins stalled every page for seconds (#6 item 10). The native `bcrypt` package runs
 * the same algorithm on libuv's thread pool, verifies the existing bcryptjs hashes ($2a$/$2b$) unchanged, and
 * ships prebuilt binaries (no compiler, no download at install).
 */

/**
 * bcrypt's cost: 12 wherever the product runs. Only under vitest may PASSWORD_HASH_COST lower it (vitest.config.ts
 * sets 4): the suite hashes and compares hundreds of passwords, at about 0.25 s each at 12, and none of its tests
 * is about a hash's strength. Any other process ignores the variable.
 */
export function passwordHashCost(env: Partial<Record<string, string>>): number {
  const cost = Number(env.PASSWORD_HASH_COST);
  return env.VITEST && Number.isInteger(cost) && cost >= 4 ? cost : 12;
}

const COST = passwordHashCost(process.env);

/**
 * libuv's pool has four threads by default and also serves file and DNS work; a burst of sign-ins may use at
 * most two of them, and the rest wait their turn here instead of in the pool.
 */
const MAX_PARALLEL = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

export function hashPassword(password: string): Promise<string> {
  return limited(() => bcrypt.hash(password, COST));
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return limited(() => bcrypt.compare(password, hash));
}

let dummyHash: Promise<string> | undefined;

/** Compared against when the e-mail is unknown, so that both failures take the same time. */
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('no-such-user');
  return dummyHash;
}
