import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setPasswordWithLink } from '@/lib/admin/set-password';
import {
  createPasswordLinkAction,
  createUserAction,
  endUserSessionsAction,
  setUserActiveAction,
} from '@/lib/admin/users';
import { createSession } from '@/lib/auth/sessions';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * A password link signs in as the account everywhere it has roles, so issuing one is a takeover of every
 * organisation the user belongs to. An administrator of one förvaltning may therefore issue it only for users
 * whose every organisation they administer, and only a system administrator for a system administrator — the
 * rule deactivation already follows. (Found by the unauthorized-admin e2e spec: an administrator of Skärholmen
 * could take over admin@demo.test, administrator of all three förvaltningar and system administrator.)
 */

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let otherOrg: Awaited<ReturnType<typeof createOrganization>>;
let admin: { id: string };
let counter = 0;
const email = () => `konto-${++counter}@test.se`;
const tokenOf = (path: string) => path.split('/').at(-1)!;

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db);
  otherOrg = await createOrganization(t.db);
  admin = await createUser(t.db, { email: email(), name: 'Admin', memberships: [{ org: org.slug, role: 'ADMIN' }] });
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

type Role = 'ADMIN' | 'HR';
/** A user with the given roles, `org` for this organisation and `other` for the other one. */
const userWith = (name: string, roles: { org?: Role; other?: Role }) =>
  createUser(t.db, {
    email: email(),
    name,
    memberships: [
      ...(roles.other ? [{ org: otherOrg.slug, role: roles.other }] : []),
      ...(roles.org ? [{ org: org.slug, role: roles.org }] : []),
    ],
  });

async function linksOf(userId: string) {
  return t.db.passwordLink.count({ where: { userId } });
}

describe(`password links and deactivation across organisations (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('refuses a password link for the administrator of another förvaltning who also has a role here', async () => {
    const target = await userWith('Admin där', { other: 'ADMIN', org: 'HR' });
    actAs(admin.id);
    const result = await createPasswordLinkAction({ org: org.slug, userId: target.id });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/där du inte är administratör/) });
    expect(await linksOf(target.id)).toBe(0);
    const denied = await t.db.auditLog.findFirst({ where: { action: 'access.denied', userId: admin.id } });
    expect(denied?.details).toMatchObject({ what: 'record-scope', via: 'admin.user.password-link' });
  });

  it('refuses it also when the administrator first adds the other förvaltning’s user here', async () => {
    const target = await userWith('Annans', { other: 'ADMIN' });
    actAs(admin.id);
    expect(await createUserAction({ org: org.slug, name: 'Annans', email: target.email, roles: 'HR' })).toMatchObject({
      ok: true,
    });
    actAs(admin.id);
    const result = await createPasswordLinkAction({ org: org.slug, userId: target.id });
    expect(result).toMatchObject({ ok: false });
    expect(await linksOf(target.id)).toBe(0);
  });

  it('refuses a password link for, and deactivation of, a system administrator by an organisation administrator', async () => {
    const target = await userWith('Systemadmin', { org: 'ADMIN' });
    await t.db.user.update({ where: { id: target.id }, data: { isSystemAdmin: true } });
    actAs(admin.id);
    expect(await createPasswordLinkAction({ org: org.slug, userId: target.id })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/systemadministratör/),
    });
    actAs(admin.id);
    expect(await setUserActiveAction({ org: org.slug, userId: target.id, active: 'false' })).toMatchObject({
      ok: false,
    });
    expect(await linksOf(target.id)).toBe(0);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: target.id } })).isActive).toBe(true);
  });

  it('refuses ending the sessions of another förvaltning’s administrator, and ends those of a user only here', async () => {
    const openSessions = (userId: string) => t.db.userSession.count({ where: { userId, revokedAt: null } });
    const there = await userWith('Admin där', { other: 'ADMIN', org: 'HR' });
    const here = await userWith('Bara här', { org: 'HR' });
    for (const user of [there, here]) await createSession(t.db, { userId: user.id, provider: 'credentials' });
    actAs(admin.id);
    expect(await endUserSessionsAction({ org: org.slug, userId: there.id })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/där du inte är administratör/),
    });
    expect(await openSessions(there.id)).toBe(1);
    actAs(admin.id);
    expect(await endUserSessionsAction({ org: org.slug, userId: here.id })).toMatchObject({ ok: true });
    expect(await openSessions(here.id)).toBe(0);
  });

  it('control: a link for a user only of this förvaltning is issued and sets the password', async () => {
    const target = await userWith('Här', { org: 'HR' });
    actAs(admin.id);
    const result = await createPasswordLinkAction({ org: org.slug, userId: target.id });
    if (!result.ok || !result.data.link) throw new Error('expected a link');
    const password = 'ett långt lösenord 2026';
    expect(
      await setPasswordWithLink({ token: tokenOf(result.data.link.path), password, confirm: password }),
    ).toMatchObject({ ok: true });
  });
});
