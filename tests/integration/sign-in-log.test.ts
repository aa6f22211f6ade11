import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setPasswordWithLink } from '@/lib/admin/set-password';
import { createPasswordLinkAction } from '@/lib/admin/users';
import { authenticateWithPassword } from '@/lib/auth/credentials';
import { DataAccessDenied } from '@/lib/auth/data-access';
import { hashPassword } from '@/lib/auth/password';
import { issuePasswordSession } from '@/lib/auth/sign-in';
import { parseEnv } from '@/lib/env';
import { SIGN_IN_LOG_PAGE_SIZE, searchSignInLog } from '@/lib/system/sign-in-log';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const e = parseEnv({ NEXTAUTH_URL: 'http://127.0.0.1:3999', NEXTAUTH_SECRET: 'sign-in-log-test-secret-0123456789' });
const PASSWORD = 'Rätt-lösenord-2026';

let t: TestDatabase;
let system: { id: string };
let person: { id: string; email: string; name: string };
let admin: { id: string };
let org: Awaited<ReturnType<typeof createOrganization>>;
const asSystem = () => ({ userId: system.id, isSystemAdmin: true });

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db);
  system = await createUser(t.db, { email: 'system@log.test', name: 'System', memberships: [], isSystemAdmin: true });
  admin = await createUser(t.db, {
    email: 'admin@log.test',
    name: 'Admin',
    memberships: [{ org: org.slug, role: 'ADMIN' }],
  });
  const created = await createUser(t.db, {
    email: 'person@log.test',
    name: 'Person',
    memberships: [{ org: org.slug, role: 'HR' }],
  });
  person = await t.db.user.update({
    where: { id: created.id },
    data: { passwordHash: await hashPassword(PASSWORD) },
    select: { id: true, email: true, name: true },
  });
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

describe(
  `the sign-in log for system administrators (${process.env.TEST_DATABASE ?? 'pglite'})`,
  { timeout: 180_000 },
  () => {
    it('lists sign-ins, failures, lock-outs and password events with time, account, outcome and address', async () => {
      const start = new Date();
      // Five wrong passwords from one address: the first failure of the window and the lock-out are written.
      for (let i = 0; i < 5; i += 1)
        await authenticateWithPassword({ email: person.email, password: `fel-${i}` }, '10.9.8.7', start);
      const user = await t.db.user.findUniqueOrThrow({ where: { id: person.id } });
      await issuePasswordSession(t.db, { id: user.id, email: user.email, name: user.name }, e, '10.1.2.3');
      actAs(admin.id);
      const link = await createPasswordLinkAction({ org: org.slug, userId: person.id });
      if (!link.ok || !link.data.link) throw new Error('expected a link');
      actAs(null);
      const token = link.data.link.path.split('/').at(-1)!;
      const password = 'ett nytt långt lösenord 2026';
      expect(await setPasswordWithLink({ token, password, confirm: password })).toMatchObject({ ok: true });

      const { entries } = await searchSignInLog(asSystem(), {});
      const rows = entries.map((r) => [r.account, r.action, r.outcome.replace(/till .*\(/, 'till … ('), r.address]);
      expect(rows).toEqual([
        ['person@log.test', 'auth.password-set', 'Lösenord valt via engångslänk', '–'],
        ['person@log.test', 'admin.user.password-link', 'Engångslänk skapad av admin@log.test', '–'],
        ['person@log.test', 'auth.sign-in', 'Lyckad (lösenord)', '10.1.2.3'],
        ['person@log.test', 'auth.sign-in-locked', 'Spärrad till … (kontot, 5 försök)', '10.9.8.7'],
        ['person@log.test', 'auth.sign-in-failed', 'Misslyckad: fel e-post eller lösenord', '10.9.8.7'],
      ]);
      expect(entries.every((r) => r.createdAt instanceof Date)).toBe(true);
    });

    it('filters by event, account and date, and pages without skipping or repeating', async () => {
      expect((await searchSignInLog(asSystem(), { handelse: 'sparrar' })).entries.map((r) => r.action)).toEqual([
        'auth.sign-in-locked',
      ]);
      expect(
        (await searchSignInLog(asSystem(), { handelse: 'losenord', konto: 'PERSON@log' })).entries.map((r) => r.action),
      ).toEqual(['auth.password-set', 'admin.user.password-link']);
      expect((await searchSignInLog(asSystem(), { konto: 'admin@log.test' })).entries).toEqual([]);
      expect((await searchSignInLog(asSystem(), { till: '2020-01-01' })).entries).toEqual([]);

      await t.db.auditLog.createMany({
        data: Array.from({ length: SIGN_IN_LOG_PAGE_SIZE + 5 }, (_, i) => ({
          action: 'auth.sign-in-failed',
          userEmail: `gissning-${i}@log.test`,
          details: { address: '10.0.0.1' },
        })),
      });
      const first = await searchSignInLog(asSystem(), { handelse: 'misslyckade' });
      expect(first.entries).toHaveLength(SIGN_IN_LOG_PAGE_SIZE);
      const second = await searchSignInLog(asSystem(), { handelse: 'misslyckade', fore: first.next! });
      const ids = [...first.entries, ...second.entries].map((r) => r.id);
      expect(new Set(ids).size).toBe(SIGN_IN_LOG_PAGE_SIZE + 6);
      expect(second.next).toBeNull();
    });

    it('is read only with read:sign-in-log, which only system administrators hold', async () => {
      await expect(searchSignInLog({ userId: admin.id, isSystemAdmin: false }, {})).rejects.toThrow(DataAccessDenied);
    });
  },
);
