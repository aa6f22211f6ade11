import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_PAGE_SIZE, searchAuditLog, stockholmMidnight } from '@/lib/admin/audit-log';
import { createUserAction } from '@/lib/admin/users';
import { getViewer } from '@/lib/auth/session';
import { appointAdminAction, createOrganizationAction } from '@/lib/system/organizations';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { roleAccess } from '../support/access';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let otherOrg: Awaited<ReturnType<typeof createOrganization>>;
let system: { id: string };
let admin: { id: string };

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db);
  otherOrg = await createOrganization(t.db);
  system = await createUser(t.db, { email: 'system@test.se', name: 'System', memberships: [], isSystemAdmin: true });
  admin = await createUser(t.db, {
    email: 'admin@test.se',
    name: 'Admin',
    memberships: [{ org: org.slug, role: 'ADMIN' }],
  });
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

const definition = 'Avgångar till annan arbetsgivare ÷ medelantalet tillsvidareanställda.';

describe(`system administration (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('creates an organisation and appoints its first administrator, who can then administer it', async () => {
    actAs(system.id);
    const input = {
      name: 'Kulturförvaltningen',
      slug: 'kultur',
      boardName: 'Kulturnämnden',
      turnoverDefinition: definition,
    };
    expect(await createOrganizationAction(input)).toMatchObject({ ok: true });
    const created = await t.db.organization.findUniqueOrThrow({ where: { slug: 'kultur' } });
    expect(await createOrganizationAction({ ...input, name: 'Annan' })).toMatchObject({
      ok: false,
      fieldErrors: { slug: [expect.stringMatching(/används redan/)] },
    });
    expect(await createOrganizationAction({ ...input, slug: 'system' })).toMatchObject({ ok: false, code: 'invalid' });
    // The system administrator holds no role in it: no access to its data.
    expect((await getViewer())?.organizations).toEqual([]);

    const appointed = await appointAdminAction({
      organizationId: created.id,
      name: 'Karin Kultur',
      email: 'karin@test.se',
    });
    expect(appointed).toMatchObject({ ok: true, data: { link: { path: expect.stringMatching(/^\/losenord\//) } } });
    const karin = await t.db.user.findUniqueOrThrow({ where: { email: 'karin@test.se' } });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'system.organization.appoint-admin' } });
    expect(audit).toMatchObject({ organizationId: created.id, entityId: karin.id, userId: system.id });

    actAs(karin.id);
    expect(await createUserAction({ org: 'kultur', name: 'Kim HR', email: 'kim@test.se', roles: 'HR' })).toMatchObject({
      ok: true,
    });
  });

  it('refuses everyone but a system administrator, logged', async () => {
    const denied = await t.db.auditLog.count({ where: { action: 'access.denied' } });
    actAs(admin.id);
    expect(
      await createOrganizationAction({
        name: 'Kapad',
        slug: 'kapad',
        boardName: 'Nämnden',
        turnoverDefinition: definition,
      }),
    ).toMatchObject({ ok: false, code: 'denied' });
    expect(
      await appointAdminAction({ organizationId: otherOrg.id, name: 'Jag Själv', email: 'admin@test.se' }),
    ).toMatchObject({
      ok: false,
      code: 'denied',
    });
    actAs(null);
    expect(await appointAdminAction({ organizationId: otherOrg.id, name: 'Anonym', email: 'x@test.se' })).toMatchObject(
      {
        code: 'signed-out',
      },
    );
    expect(await t.db.auditLog.count({ where: { action: 'access.denied' } })).toBe(denied + 3);
    expect(await t.db.organization.count({ where: { slug: 'kapad' } })).toBe(0);
    expect(await t.db.membership.count({ where: { organizationId: otherOrg.id } })).toBe(0);
  });
});

describe(`audit log search (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('filters by user, action, organisation and date, and pages without repeats', async () => {
    const base = new Date('2026-03-10T10:00:00Z');
    const rows = Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
      createdAt: new Date(base.getTime() + i * 60_000),
      action: i % 2 ? 'admin.user.roles' : 'admin.department.update',
      userEmail: i % 3 ? 'admin@test.se' : 'annan@test.se',
      organizationId: org.id,
    }));
    await t.db.auditLog.createMany({ data: rows });
    await t.db.auditLog.create({
      data: { action: 'admin.user.roles', organizationId: otherOrg.id, userEmail: 'admin@test.se', createdAt: base },
    });

    const first = await searchAuditLog([roleAccess(org.id, 'ADMIN')], { fran: '2026-03-10', till: '2026-03-10' });
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.next).not.toBeNull();
    const second = await searchAuditLog([roleAccess(org.id, 'ADMIN')], {
      fran: '2026-03-10',
      till: '2026-03-10',
      fore: first.next!,
    });
    expect(second.entries).toHaveLength(5);
    expect(second.next).toBeNull();
    const ids = [...first.entries, ...second.entries].map((e) => e.id);
    expect(new Set(ids).size).toBe(AUDIT_PAGE_SIZE + 5);
    expect(first.entries[0]!.createdAt.getTime()).toBeGreaterThan(first.entries.at(-1)!.createdAt.getTime());

    const roles = await searchAuditLog([roleAccess(org.id, 'ADMIN')], {
      handelse: 'admin.user.roles',
      fran: '2026-03-10',
      till: '2026-03-10',
    });
    expect(roles.entries.every((e) => e.action === 'admin.user.roles')).toBe(true);
    expect(roles.entries).toHaveLength(27);
    const other = await searchAuditLog([roleAccess(org.id, 'ADMIN')], {
      q: 'ANNAN@',
      fran: '2026-03-10',
      till: '2026-03-10',
    });
    expect(other.entries).toHaveLength(19);
    expect(
      await searchAuditLog([roleAccess(org.id, 'ADMIN')], { fran: '2026-03-11', till: '2026-03-11' }),
    ).toMatchObject({ entries: [] });
    // Another organisation's entries never come with this one's.
    const both = await searchAuditLog([roleAccess(org.id, 'ADMIN'), roleAccess(otherOrg.id, 'ADMIN')], {
      fran: '2026-03-10',
      till: '2026-03-10',
      handelse: 'admin.user.roles',
    });
    expect(both.entries).toHaveLength(28);
  });

  it('reads dates as Stockholm days, in winter and in summer', () => {
    expect(stockholmMidnight('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(stockholmMidnight('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(stockholmMidnight('2026-03-28', 1).toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });
});
