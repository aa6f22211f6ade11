import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NO_ADMIN_LEFT, ROLES_CONFLICT } from '@/lib/admin/memberships';
import { LINK_INVALID, setPasswordWithLink } from '@/lib/admin/set-password';
import {
  createPasswordLinkAction,
  createUserAction,
  endUserSessionsAction,
  saveMembershipsAction,
  setUserActiveAction,
} from '@/lib/admin/users';
import { authenticateWithPassword } from '@/lib/auth/credentials';
import { scopeFor } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { createSession, validateSession } from '@/lib/auth/sessions';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let otherOrg: Awaited<ReturnType<typeof createOrganization>>;
let admin: { id: string };
let otherAdmin: { id: string };
let counter = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db);
  otherOrg = await createOrganization(t.db);
  admin = await createUser(t.db, {
    email: 'admin@test.se',
    name: 'Admin',
    memberships: [{ org: org.slug, role: 'ADMIN' }],
  });
  otherAdmin = await createUser(t.db, {
    email: 'admin2@test.se',
    name: 'Annan admin',
    memberships: [{ org: otherOrg.slug, role: 'ADMIN' }],
  });
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

const dept = (name: string) => org.departments.get(name)!;
const tokenOf = (path: string) => path.split('/').at(-1)!;
const email = () => `person-${++counter}@test.se`;

async function viewerAs(userId: string) {
  actAs(userId);
  return getViewer();
}

describe(`administration of users (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('creates a manager without a password, with a one-time link; the link sets the password once', async () => {
    actAs(admin.id);
    const address = email();
    const result = await createUserAction({
      org: org.slug,
      name: 'Mona Chef',
      email: address.toUpperCase(),
      roles: 'MANAGER',
      departmentIds: [dept('Äldreomsorg')],
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok || !result.data.link) throw new Error('expected a link');
    const user = await t.db.user.findUniqueOrThrow({ where: { email: address } });
    expect(user.passwordHash).toBeNull();
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'admin.user.create', entityId: user.id } });
    expect(audit).toMatchObject({ userId: admin.id, organizationId: org.id });
    expect(audit.details).toMatchObject({ after: { roller: ['Chef'], avdelningar: ['Äldreomsorg'] } });
    const token = tokenOf(result.data.link.path);
    expect(JSON.stringify(audit.details)).not.toContain(token);
    expect(await t.db.passwordLink.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored

    actAs(null);
    const password = 'ett långt lösenord 2026';
    expect(await setPasswordWithLink({ token, password, confirm: 'något annat helt' })).toMatchObject({
      ok: false,
      fieldErrors: { confirm: ['Lösenorden är inte likadana.'] },
    });
    expect(await setPasswordWithLink({ token, password, confirm: password })).toEqual({
      ok: true,
      data: { email: address },
    });
    expect(await authenticateWithPassword({ email: address, password })).toMatchObject({
      ok: true,
      user: { id: user.id },
    });
    // Spent: a second use (or a replay of the link) is refused and changes nothing.
    expect(
      await setPasswordWithLink({ token, password: 'ett annat långt lösen', confirm: 'ett annat långt lösen' }),
    ).toEqual({
      ok: false,
      error: LINK_INVALID,
      code: 'invalid',
    });
    expect(await authenticateWithPassword({ email: address, password })).toMatchObject({
      ok: true,
      user: { id: user.id },
    });
  });

  it("changes a manager's departments, effective on the next request", async () => {
    actAs(admin.id);
    const created = await createUserAction({
      org: org.slug,
      name: 'Chef Två',
      email: email(),
      roles: 'MANAGER',
      departmentIds: dept('Äldreomsorg'),
    });
    if (!created.ok) throw new Error(created.error);
    const userId = created.data.userId;
    const before = await viewerAs(userId);
    expect(scopeFor(before!.organizations[0]!.access, 'read:activity')).toEqual({
      kind: 'departments',
      ids: [dept('Äldreomsorg')],
    });

    actAs(admin.id);
    expect(
      await saveMembershipsAction({ org: org.slug, userId, roles: ['MANAGER'], departmentIds: [dept('Förskola')] }),
    ).toMatchObject({ ok: true });
    const after = await viewerAs(userId);
    expect(scopeFor(after!.organizations[0]!.access, 'read:activity')).toEqual({
      kind: 'departments',
      ids: [dept('Förskola')],
    });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'admin.user.roles', entityId: userId } });
    expect(audit.details).toMatchObject({
      before: { avdelningar: ['Äldreomsorg'] },
      after: { avdelningar: ['Förskola'] },
    });

    actAs(admin.id);
    expect(await saveMembershipsAction({ org: org.slug, userId, roles: [] })).toMatchObject({ ok: true });
    expect(await viewerAs(userId)).toMatchObject({ organizations: [] });
  });

  it("refuses a manager without departments, a union rep without a union and another organisation's department", async () => {
    actAs(admin.id);
    const users = await t.db.user.count();
    const noDepartment = await createUserAction({
      org: org.slug,
      name: 'Utan avdelning',
      email: email(),
      roles: 'MANAGER',
    });
    expect(noDepartment).toMatchObject({
      ok: false,
      fieldErrors: { departmentIds: ['Välj minst en avdelning för rollen Chef.'] },
    });
    const noUnion = await createUserAction({ org: org.slug, name: 'Utan förbund', email: email(), roles: 'UNION_REP' });
    expect(noUnion).toMatchObject({
      ok: false,
      fieldErrors: { unionId: ['Välj fackförbund för rollen Fackligt ombud.'] },
    });
    const foreign = await createUserAction({
      org: org.slug,
      name: 'Fel förvaltning',
      email: email(),
      roles: 'MANAGER',
      departmentIds: otherOrg.departments.get('Äldreomsorg')!,
    });
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { departmentIds: [expect.stringMatching(/finns inte/)] } });
    const noRole = await createUserAction({ org: org.slug, name: 'Ingen roll', email: email() });
    expect(noRole).toMatchObject({ ok: false, fieldErrors: { roles: ['Välj minst en roll.'] } });
    const badEmail = await createUserAction({ org: org.slug, name: 'X Y', email: 'inte-en-adress', roles: 'HR' });
    expect(badEmail).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { email: [expect.stringMatching(/giltig/)] },
    });
    expect(await t.db.user.count()).toBe(users);
  });

  it('refuses an employer-side and a union-side role in one organisation, when created and when changed', async () => {
    actAs(admin.id);
    const vision = (await t.db.unionOrganization.findUniqueOrThrow({ where: { name: 'Vision' } })).id;
    const users = await t.db.user.count();
    const both = await createUserAction({
      org: org.slug,
      name: 'Båda sidor',
      email: email(),
      roles: ['HR', 'UNION_REP'],
      unionId: vision,
    });
    expect(both).toMatchObject({
      ok: false,
      fieldErrors: { roles: [ROLES_CONFLICT('HR', 'UNION_REP')] },
    });
    expect(ROLES_CONFLICT('HR', 'UNION_REP')).toContain('både HR-konsult och Fackligt ombud i samma förvaltning');
    expect(await t.db.user.count()).toBe(users);

    const created = await createUserAction({
      org: org.slug,
      name: 'Ombud',
      email: email(),
      roles: 'UNION_REP',
      unionId: vision,
    });
    if (!created.ok) throw new Error(created.error);
    const { userId } = created.data;
    const before = await t.db.membership.findMany({ where: { userId }, orderBy: { role: 'asc' } });
    const added = await saveMembershipsAction({ org: org.slug, userId, roles: ['UNION_REP', 'HR'], unionId: vision });
    expect(added).toMatchObject({ ok: false, fieldErrors: { roles: [ROLES_CONFLICT('HR', 'UNION_REP')] } });
    expect(await t.db.membership.findMany({ where: { userId }, orderBy: { role: 'asc' } })).toEqual(before);

    // Another organisation is another employer: a rep here may be HR there; a Chef may be a union rep.
    const address = (await t.db.user.findUniqueOrThrow({ where: { id: userId } })).email;
    actAs(otherAdmin.id);
    expect(await createUserAction({ org: otherOrg.slug, name: 'Ombud', email: address, roles: 'HR' })).toMatchObject({
      ok: true,
    });
    actAs(admin.id);
    expect(
      await saveMembershipsAction({
        org: org.slug,
        userId,
        roles: ['UNION_REP', 'MANAGER'],
        unionId: vision,
        departmentIds: [dept('Förskola')],
      }),
    ).toMatchObject({ ok: true });
  });

  it('keeps the last active administrator: no removing their own admin role, no deactivating themselves', async () => {
    actAs(admin.id);
    const roles = await saveMembershipsAction({ org: org.slug, userId: admin.id, roles: ['HR'] });
    expect(roles).toMatchObject({ ok: false, error: NO_ADMIN_LEFT });
    const deactivate = await setUserActiveAction({ org: org.slug, userId: admin.id, active: 'false' });
    expect(deactivate).toMatchObject({ ok: false, error: expect.stringMatching(/sista aktiva administratören/) });
    const viewer = await viewerAs(admin.id);
    expect(viewer?.organizations[0]?.access.roles).toEqual(['ADMIN']);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).isActive).toBe(true);

    // With a second administrator, handing over works.
    actAs(admin.id);
    const second = await createUserAction({ org: org.slug, name: 'Ny admin', email: email(), roles: 'ADMIN' });
    if (!second.ok) throw new Error(second.error);
    expect(await saveMembershipsAction({ org: org.slug, userId: admin.id, roles: ['ADMIN', 'HR'] })).toMatchObject({
      ok: true,
    });
    actAs(second.data.userId);
    expect(await saveMembershipsAction({ org: org.slug, userId: second.data.userId, roles: ['HR'] })).toMatchObject({
      ok: true,
    });
    // …but the one left cannot then deactivate the other's replacement path: admin is last again.
    actAs(admin.id);
    expect(await saveMembershipsAction({ org: org.slug, userId: admin.id, roles: ['HR'] })).toMatchObject({
      ok: false,
    });
  });

  it("refuses another organisation's administrator (record scope), logged, nothing changed", async () => {
    actAs(admin.id);
    const created = await createUserAction({ org: org.slug, name: 'Bara här', email: email(), roles: 'HR' });
    if (!created.ok) throw new Error(created.error);
    const denied = await t.db.auditLog.count({ where: { action: 'access.denied' } });
    actAs(otherAdmin.id);
    // Naming their own organisation does not reach a user who has no role there.
    expect(
      await saveMembershipsAction({ org: otherOrg.slug, userId: created.data.userId, roles: ['ADMIN'] }),
    ).toMatchObject({ ok: false, code: 'denied' });
    expect(
      await setUserActiveAction({ org: otherOrg.slug, userId: created.data.userId, active: 'false' }),
    ).toMatchObject({
      ok: false,
      code: 'denied',
    });
    // Naming the user's organisation is refused by role.
    expect(await endUserSessionsAction({ org: org.slug, userId: created.data.userId })).toMatchObject({
      code: 'denied',
    });
    expect(await t.db.auditLog.count({ where: { action: 'access.denied' } })).toBe(denied + 3);
    expect(await t.db.membership.count({ where: { userId: created.data.userId } })).toBe(1);
  });

  it('deactivation ends every session on the next request and is audited; reactivation lets the user in', async () => {
    actAs(admin.id);
    const created = await createUserAction({ org: org.slug, name: 'Avgår', email: email(), roles: 'HR' });
    if (!created.ok) throw new Error(created.error);
    const userId = created.data.userId;
    const sessions = [
      await createSession(t.db, { userId, provider: 'credentials' }),
      await createSession(t.db, { userId, provider: 'credentials' }),
    ];
    expect(await viewerAs(userId)).not.toBeNull();

    actAs(admin.id);
    const result = await setUserActiveAction({ org: org.slug, userId, active: 'false' });
    expect(result).toMatchObject({
      ok: true,
      data: { message: expect.stringMatching(/2 öppna inloggningar avslutades/) },
    });
    for (const s of sessions) {
      expect(await validateSession(t.db, { sessionId: s.id, userId })).toEqual({ valid: false, reason: 'revoked' });
    }
    expect(await viewerAs(userId)).toBeNull();
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'admin.user.active', entityId: userId } });
    expect(audit.details).toEqual({ before: { aktiv: true }, after: { aktiv: false, avslutadeInloggningar: 2 } });
    actAs(admin.id);
    expect(await createPasswordLinkAction({ org: org.slug, userId })).toMatchObject({ ok: false });

    actAs(admin.id);
    expect(await setUserActiveAction({ org: org.slug, userId, active: 'true' })).toMatchObject({ ok: true });
    expect(await viewerAs(userId)).not.toBeNull();
  });

  it('refuses to deactivate a user who also has roles where the administrator is not admin', async () => {
    const shared = await createUser(t.db, {
      email: email(),
      name: 'Delad',
      memberships: [
        { org: org.slug, role: 'HR' },
        { org: otherOrg.slug, role: 'HR' },
      ],
    });
    actAs(admin.id);
    const result = await setUserActiveAction({ org: org.slug, userId: shared.id, active: 'false' });
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/också roller i Testförvaltning \d+, där du inte är administratör/),
    });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: shared.id } })).isActive).toBe(true);
  });

  it('"Logga ut överallt" ends every open session of the user, in one audited change', async () => {
    actAs(admin.id);
    const created = await createUserAction({ org: org.slug, name: 'Tappad dator', email: email(), roles: 'HR' });
    if (!created.ok) throw new Error(created.error);
    const userId = created.data.userId;
    const a = await createSession(t.db, { userId, provider: 'credentials' });
    const b = await createSession(t.db, { userId, provider: 'azure-ad' });
    expect(await endUserSessionsAction({ org: org.slug, userId })).toMatchObject({
      ok: true,
      data: { message: '2 inloggningar avslutades. Användaren måste logga in igen.' },
    });
    expect(await validateSession(t.db, { sessionId: a.id, userId })).toMatchObject({ valid: false, reason: 'revoked' });
    expect(await validateSession(t.db, { sessionId: b.id, userId })).toMatchObject({ valid: false, reason: 'revoked' });
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'admin.user.end-sessions', entityId: userId },
    });
    expect(audit.details).toEqual({ before: { öppnaInloggningar: 2 }, after: { öppnaInloggningar: 0 } });
  });

  it('a new password link supersedes the earlier one', async () => {
    actAs(admin.id);
    const created = await createUserAction({ org: org.slug, name: 'Glömsk', email: email(), roles: 'HR' });
    if (!created.ok || !created.data.link) throw new Error('expected a link');
    const first = tokenOf(created.data.link.path);
    const again = await createPasswordLinkAction({ org: org.slug, userId: created.data.userId });
    if (!again.ok || !again.data.link) throw new Error('expected a link');
    const password = 'ett långt lösenord igen';
    expect(await setPasswordWithLink({ token: first, password, confirm: password })).toMatchObject({
      ok: false,
      error: LINK_INVALID,
    });
    expect(
      await setPasswordWithLink({ token: tokenOf(again.data.link.path), password, confirm: password }),
    ).toMatchObject({ ok: true });
  });

  it.skipIf(process.env.TEST_DATABASE !== 'postgres')(
    'two administrators removing each other at the same moment leave one (PostgreSQL)',
    async () => {
      const solo = await createOrganization(t.db);
      const a = await createUser(t.db, { email: email(), name: 'A', memberships: [{ org: solo.slug, role: 'ADMIN' }] });
      const b = await createUser(t.db, { email: email(), name: 'B', memberships: [{ org: solo.slug, role: 'ADMIN' }] });
      // actAs is process-global: each call reads the caller once, at its start, before the other begins.
      actAs(a.id);
      const first = saveMembershipsAction({ org: solo.slug, userId: b.id, roles: ['HR'] });
      await new Promise((r) => setTimeout(r, 5));
      actAs(b.id);
      const second = saveMembershipsAction({ org: solo.slug, userId: a.id, roles: ['HR'] });
      const results = await Promise.all([first, second]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await t.db.membership.count({ where: { organizationId: solo.id, role: 'ADMIN' } })).toBe(1);
    },
  );
});
