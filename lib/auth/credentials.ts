import 'server-only';
import { recordAudit } from '../audit';
import { getDb } from '../db/client';
import { timingDummyHash, verifyPassword } from './password';
import { credentialsSchema } from './schemas';
import {
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  accountKey,
  addressKey,
  clearFailures,
  lockedMessage,
  lockedUntil,
  recordFailure,
} from './throttle';

export type AuthenticatedUser = { id: string; email: string; name: string };

export type PasswordCheck = { ok: true; user: AuthenticatedUser } | { ok: false; error: string };

/** One message for every wrong combination: no hint which part was wrong, or whether the account exists. */
export const WRONG_CREDENTIALS = 'Fel e-postadress eller lösenord. Försök igen.';
/** LOCAL_LOGIN=false: the password sign-in refuses, whatever the password. */
export const LOCAL_LOGIN_OFF = 'Inloggning med e-post och lösenord är avstängd. Logga in med stadens konto i stället.';

/**
 * Local sign-in, throttled per account and per address (lib/auth/throttle.ts). A locked account or address is
 * refused before any hashing, so an attack past the limit costs nothing. Unknown accounts are hashed against a
 * dummy and counted like known ones, so neither the answer nor its timing tells them apart.
 *
 * Logged: the first failure of an account's window and each lock-out, not every attempt, so the audit log
 * grows with the number of accounts and addresses tried, not with the attempts.
 */
export async function authenticateWithPassword(
  raw: unknown,
  address: string = 'okänd',
  now: Date = new Date(),
): Promise<PasswordCheck> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: WRONG_CREDENTIALS };
  const { email, password } = parsed.data;
  const keys = { account: accountKey(email), address: addressKey(address) };
  const db = await getDb();

  const locked = await lockedUntil(db, [keys.account, keys.address], now);
  if (locked) return { ok: false, error: lockedMessage(locked, now) };

  const user = await db.user.findUnique({ where: { email } });
  const matches = await verifyPassword(password, user?.passwordHash ?? (await timingDummyHash()));
  if (user && user.isActive && user.passwordHash && matches) {
    await clearFailures(db, keys.account);
    return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
  }

  const account = await recordFailure(db, keys.account, ACCOUNT_POLICY, now);
  const fromAddress = await recordFailure(db, keys.address, ADDRESS_POLICY, now);
  if (account.firstInWindow) {
    await recordAudit(db, { action: 'auth.sign-in-failed', userEmail: email, details: { address } });
  }
  for (const [scope, count] of [
    ['account', account],
    ['address', fromAddress],
  ] as const) {
    if (count.lockedNow) {
      await recordAudit(db, {
        action: 'auth.sign-in-locked',
        userEmail: email,
        details: { scope, address, failures: count.failures, until: count.lockedUntil!.toISOString() },
      });
    }
  }
  const lockedAfter = [account.lockedUntil, fromAddress.lockedUntil].filter((d): d is Date => d !== null);
  if (lockedAfter.length)
    return { ok: false, error: lockedMessage(new Date(Math.max(...lockedAfter.map(Number))), now) };
  return { ok: false, error: WRONG_CREDENTIALS };
}
