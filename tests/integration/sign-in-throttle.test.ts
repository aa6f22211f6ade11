import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WRONG_CREDENTIALS, authenticateWithPassword } from '@/lib/auth/credentials';
import { hashPassword } from '@/lib/auth/password';
import { ACCOUNT_POLICY, ADDRESS_POLICY, recordFailure } from '@/lib/auth/throttle';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let passwordHash: string;
let counter = 0;
const PASSWORD = 'Rätt-lösenord-2026';

beforeAll(async () => {
  t = await createTestDatabase();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => {
  await t.close();
});

async function account() {
  counter += 1;
  return t.db.user.create({ data: { email: `konto-${counter}@test.se`, name: `Konto ${counter}`, passwordHash } });
}
const nextAddress = () => `10.0.0.${(counter += 1)}`;
const at = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);
const locked = (minutes: number) =>
  `För många misslyckade inloggningar. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`;

// Each failure before a lock-out is a real bcrypt comparison (at cost 4 under vitest: vitest.config.ts).
describe(`sign-in throttling (${process.env.TEST_DATABASE ?? 'pglite'})`, { timeout: 180_000 }, () => {
  it('locks an account after five failures, even against the right password, and opens it again later', async () => {
    const user = await account();
    const address = nextAddress();
    const start = new Date('2026-11-30T08:00:00Z');
    const answers = [];
    for (let i = 0; i < 5; i += 1) {
      answers.push(await authenticateWithPassword({ email: user.email, password: `fel-${i}` }, address, at(start, i)));
    }
    expect(answers.map((a) => (a.ok ? 'ok' : a.error))).toEqual([
      WRONG_CREDENTIALS,
      WRONG_CREDENTIALS,
      WRONG_CREDENTIALS,
      WRONG_CREDENTIALS,
      locked(15),
    ]);
    // The case: 50 wrong passwords, then the right one. Still refused, with the minutes left.
    for (let i = 0; i < 45; i += 1) {
      await authenticateWithPassword({ email: user.email, password: `fel-${i}` }, address, at(start, 5));
    }
    expect(await authenticateWithPassword({ email: user.email, password: PASSWORD }, address, at(start, 5))).toEqual({
      ok: false,
      error: locked(14),
    });
    expect(await authenticateWithPassword({ email: user.email, password: PASSWORD }, address, at(start, 18.5))).toEqual(
      { ok: false, error: locked(1) },
    );
    // From another address too: the account is locked, not the address.
    expect(
      await authenticateWithPassword({ email: user.email, password: PASSWORD }, nextAddress(), at(start, 10)),
    ).toEqual({ ok: false, error: locked(9) });
    expect(
      await authenticateWithPassword({ email: user.email, password: PASSWORD }, address, at(start, 19)),
    ).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it('logs the first failure and the lock-out, not every attempt', async () => {
    const user = await account();
    const start = new Date('2026-11-30T09:00:00Z');
    for (let i = 0; i < 50; i += 1) {
      await authenticateWithPassword({ email: user.email, password: 'fel' }, nextAddress(), at(start, 0));
    }
    const actions = await t.db.auditLog.findMany({ where: { userEmail: user.email }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(['auth.sign-in-failed', 'auth.sign-in-locked']);
  });

  it('answers an unknown account exactly like a known one', async () => {
    const known = await account();
    const unknownEmail = `finns-inte-${counter}@test.se`;
    const start = new Date('2026-11-30T10:00:00Z');
    const run = async (email: string) => {
      const address = nextAddress();
      const answers = [];
      for (let i = 0; i < 7; i += 1) {
        const result = await authenticateWithPassword({ email, password: 'fel' }, address, at(start, i));
        answers.push(result.ok ? 'ok' : result.error);
      }
      return answers;
    };
    const knownAnswers = await run(known.email);
    expect(knownAnswers.slice(3)).toEqual([WRONG_CREDENTIALS, locked(15), locked(14), locked(13)]);
    expect(await run(unknownEmail)).toEqual(knownAnswers);
    expect(await t.db.loginThrottle.findUnique({ where: { key: `account:${unknownEmail}` } })).toMatchObject({
      failures: 5,
    });
  });

  it('starts the count again after a successful sign-in', async () => {
    const user = await account();
    const address = nextAddress();
    const start = new Date('2026-11-30T11:00:00Z');
    const fail = (m: number) => authenticateWithPassword({ email: user.email, password: 'fel' }, address, at(start, m));
    for (let i = 0; i < 4; i += 1) await fail(i * 0.1);
    expect(
      await authenticateWithPassword({ email: user.email, password: PASSWORD }, address, at(start, 1)),
    ).toMatchObject({ ok: true });
    expect(await t.db.loginThrottle.findUnique({ where: { key: `account:${user.email}` } })).toBeNull();
    for (let i = 0; i < 4; i += 1) expect(await fail(2)).toEqual({ ok: false, error: WRONG_CREDENTIALS });
    expect(await fail(2)).toEqual({ ok: false, error: locked(15) });
  });

  it('locks an address after thirty failures over any accounts, but not the accounts elsewhere', async () => {
    const address = nextAddress();
    const start = new Date('2026-11-30T12:00:00Z');
    const answers = [];
    for (let i = 0; i < ADDRESS_POLICY.limit; i += 1) {
      const result = await authenticateWithPassword(
        { email: `gissning-${counter}-${i}@test.se`, password: 'fel' },
        address,
        at(start, i * 0.2),
      );
      answers.push(result.ok ? 'ok' : result.error);
    }
    expect(answers.slice(0, -1).every((a) => a === WRONG_CREDENTIALS)).toBe(true);
    expect(answers.at(-1)).toBe(locked(15));

    const user = await account();
    expect(await authenticateWithPassword({ email: user.email, password: PASSWORD }, address, at(start, 7))).toEqual({
      ok: false,
      error: locked(14), // locked at minute 5,8 until 20,8: 13,8 minutes left at minute 7, rounded up
    });
    expect(
      await authenticateWithPassword({ email: user.email, password: PASSWORD }, nextAddress(), at(start, 7)),
    ).toMatchObject({ ok: true });
    const lockouts = await t.db.auditLog.findMany({ where: { action: 'auth.sign-in-locked' } });
    expect(lockouts.filter((l) => (l.details as { address?: string }).address === address)).toHaveLength(1);
  });

  it('counts parallel failures exactly once each, and exactly one of them starts the lock-out', async () => {
    const key = `account:parallell-${counter}@test.se`;
    const now = new Date('2026-11-30T13:00:00Z');
    const results = await Promise.all(Array.from({ length: 12 }, () => recordFailure(t.db, key, ACCOUNT_POLICY, now)));
    expect(results.map((r) => r.failures).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(results.filter((r) => r.lockedNow)).toHaveLength(1);
    expect(results.filter((r) => r.firstInWindow)).toHaveLength(1);
  });

  it('keeps only current keys in the table', async () => {
    const old = new Date('2026-11-29T08:00:00Z');
    await recordFailure(t.db, 'account:gammal@test.se', ACCOUNT_POLICY, old);
    await recordFailure(t.db, 'account:ny@test.se', ACCOUNT_POLICY, new Date('2026-11-30T14:00:00Z'));
    expect(await t.db.loginThrottle.findUnique({ where: { key: 'account:gammal@test.se' } })).toBeNull();
  });
});
