import 'server-only';
import type { Db } from '../db/client';

/**
 * Sign-in throttling (#6 item 10: 50 wrong passwords, then the right one, signed in). Failures are counted per
 * account and, with a higher limit, per address (a whole office shares one address behind the city's NAT);
 * reaching either limit refuses that account or address for a while, right password or not. Unknown accounts
 * are counted exactly like known ones, so the answer reveals nothing.
 *
 * Stored in the database so that it holds across server instances. Not rate-limiter-flexible: its
 * RateLimiterPostgres needs a pg Pool, which the embedded PGlite database has not, and its RateLimiterPrisma reads
 * and then writes in two statements, so parallel failures can overwrite each other's count. One
 * INSERT … ON CONFLICT DO UPDATE … RETURNING is atomic on both databases.
 */

export type ThrottlePolicy = { limit: number; windowMinutes: number; lockMinutes: number };

/** Five tries cover a mistyped password and a caps-lock; a guesser gets 20 an hour. */
export const ACCOUNT_POLICY: ThrottlePolicy = { limit: 5, windowMinutes: 15, lockMinutes: 15 };
/** Six times the account limit: a morning of typos in one office must not lock the office out. */
export const ADDRESS_POLICY: ThrottlePolicy = { limit: 30, windowMinutes: 15, lockMinutes: 15 };

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address.trim().toLowerCase()}`;

export function lockedMessage(lockedUntil: Date, now: Date = new Date()): string {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
  return `För många misslyckade inloggningar. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`;
}

type ThrottleDb = Pick<Db, 'loginThrottle' | '$queryRaw'>;

/** The latest lock-out among the keys that is still running, if any. */
export async function lockedUntil(db: ThrottleDb, keys: string[], now: Date = new Date()): Promise<Date | null> {
  const rows = await db.loginThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const ends = rows.map((r) => r.lockedUntil!.getTime());
  return ends.length ? new Date(Math.max(...ends)) : null;
}

export type FailureCount = {
  failures: number;
  lockedUntil: Date | null;
  /** This failure started the lock-out (exactly one parallel attempt sees it: the increment is atomic). */
  lockedNow: boolean;
  /** This failure started a new window (the first of a series: the one worth logging). */
  firstInWindow: boolean;
};

export async function recordFailure(
  db: ThrottleDb,
  key: string,
  policy: ThrottlePolicy,
  now: Date = new Date(),
): Promise<FailureCount> {
  const windowFloor = new Date(now.getTime() - policy.windowMinutes * 60_000);
  const lockUntil = new Date(now.getTime() + policy.lockMinutes * 60_000);
  // A window that is over, or a lock-out that has ended, starts the count again.
  const rows = await db.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "LoginThrottle" AS t ("key", "failures", "windowStartedAt", "lockedUntil")
    VALUES (${key}, 1, ${now}, ${policy.limit <= 1 ? lockUntil : null})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE
        WHEN t."windowStartedAt" <= ${windowFloor} OR t."lockedUntil" <= ${now} THEN 1
        ELSE t."failures" + 1 END,
      "windowStartedAt" = CASE
        WHEN t."windowStartedAt" <= ${windowFloor} OR t."lockedUntil" <= ${now} THEN ${now}
        ELSE t."windowStartedAt" END,
      "lockedUntil" = CASE
        WHEN t."windowStartedAt" <= ${windowFloor} OR t."lockedUntil" <= ${now} THEN ${policy.limit <= 1 ? lockUntil : null}
        WHEN t."lockedUntil" IS NOT NULL THEN t."lockedUntil"
        WHEN t."failures" + 1 >= ${policy.limit} THEN ${lockUntil}
        ELSE NULL END
    RETURNING "failures", "lockedUntil"`;
  const row = rows[0]!;
  const failures = Number(row.failures);
  const until = row.lockedUntil ? new Date(row.lockedUntil) : null;
  if (failures === 1) await forgetQuietKeys(db, now);
  return { failures, lockedUntil: until, lockedNow: failures === policy.limit, firstInWindow: failures === 1 };
}

/** A successful sign-in clears its account's count (not its address's: one good account must not reset that). */
export async function clearFailures(db: ThrottleDb, key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}

/** Keys whose window and lock-out are both over count nothing any more; the table holds only current ones. */
async function forgetQuietKeys(db: ThrottleDb, now: Date): Promise<void> {
  const longest = Math.max(ACCOUNT_POLICY.windowMinutes, ADDRESS_POLICY.windowMinutes);
  await db.loginThrottle.deleteMany({
    where: {
      windowStartedAt: { lt: new Date(now.getTime() - longest * 60_000) },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
    },
  });
}
