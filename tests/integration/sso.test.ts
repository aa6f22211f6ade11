import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signInWithPassword } from '@/app/(auth)/_actions/sign-in';
import { authOptions } from '@/lib/auth/options';
import { parseEnv } from '@/lib/env';
import { createSsoMappingAction, removeSsoMappingAction } from '@/lib/sso/mutations';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let unmapped: Awaited<ReturnType<typeof createOrganization>>;

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db);
  unmapped = await createOrganization(t.db);
  const aldre = org.departments.get('Äldreomsorg')!;
  const forskola = org.departments.get('Förskola')!;
  await t.db.ssoRoleMapping.create({ data: { claimValue: 'Kompetensplan.HR', organizationId: org.id, role: 'HR' } });
  await t.db.ssoRoleMapping.create({
    data: {
      claimValue: 'Kompetensplan.Chef',
      organizationId: org.id,
      role: 'MANAGER',
      departments: { create: [{ departmentId: aldre }, { departmentId: forskola }] },
    },
  });
});
afterAll(async () => {
  await t.close();
});

const ISSUER = 'https://login.microsoftonline.com/tenant/v2.0';
const sso = parseEnv({ AZURE_AD_CLIENT_ID: 'app', AZURE_AD_CLIENT_SECRET: 'secret', AZURE_AD_TENANT_ID: 'tenant' });

type Claims = { email: string; oid: string; roles?: string[]; iss?: string; name?: string };
const signIn = (claims: Claims) =>
  authOptions(sso).callbacks!.signIn!({
    user: { id: claims.oid, email: claims.email },
    account: { provider: 'azure-ad', type: 'oauth', providerAccountId: claims.oid },
    profile: { iss: ISSUER, sub: `sub-${claims.oid}`, ...claims },
  } as never);

const audit = (action: string, userId?: string) =>
  t.db.auditLog.findMany({ where: { action, ...(userId ? { userId } : {}) }, orderBy: { createdAt: 'asc' } });
const accessOf = async (userId: string) =>
  (
    await t.db.membership.findMany({
      where: { userId },
      include: { departments: { include: { department: true } } },
      orderBy: { role: 'asc' },
    })
  ).map(
    (m) =>
      `${m.organizationId === org.id ? 'org' : 'other'}:${m.role}:${m.departments.map((d) => d.department.name).sort()}`,
  );

describe(`SSO sign-in (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('binds a pre-created user by e-mail once, audited; later sign-ins are keyed on the subject only', async () => {
    const user = await t.db.user.create({ data: { email: 'sso@test.se', name: 'Sso Användare' } });
    await t.db.membership.create({ data: { userId: user.id, organizationId: unmapped.id, role: 'HR' } });
    expect(await signIn({ email: 'SSO@test.se', oid: 'oid-1' })).toBe(true);
    expect(await signIn({ email: 'sso@test.se', oid: 'oid-1' })).toBe(true); // unchanged: nothing to log
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).externalId).toBe('oid-1');
    expect((await audit('auth.sso-subject-changed', user.id)).map((c) => c.details)).toEqual([
      { before: { externalId: null }, after: { externalId: 'oid-1' } },
    ]);
    // Roles given by hand in an organisation without mappings stay.
    expect(await accessOf(user.id)).toEqual(['other:HR:']);
  });

  it('refuses another provider account with the e-mail of a bound user, and changes nothing', async () => {
    const holder = await t.db.user.create({ data: { email: 'innehavare@test.se', name: 'A', externalId: 'oid-x' } });
    expect(await signIn({ email: 'innehavare@test.se', oid: 'oid-y', roles: ['Kompetensplan.HR'] })).toBe(false);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: holder.id } })).externalId).toBe('oid-x');
    expect(await t.db.user.count({ where: { externalId: 'oid-y' } })).toBe(0);
    expect((await audit('auth.sso-refused', holder.id)).map((a) => a.details)).toEqual([
      { reason: 'email-bound-to-another-subject' },
    ]);
  });

  it('creates the user on first sign-in with exactly the mapped access, in one audited transaction', async () => {
    expect(
      await signIn({ email: 'ny@test.se', oid: 'oid-ny', name: 'Ny Chef', roles: ['Kompetensplan.Chef', 'Okänd'] }),
    ).toBe(true);
    const user = await t.db.user.findUniqueOrThrow({ where: { externalId: 'oid-ny' } });
    expect(user).toMatchObject({ email: 'ny@test.se', name: 'Ny Chef', passwordHash: null, isSystemAdmin: false });
    expect(await accessOf(user.id)).toEqual(['org:MANAGER:Förskola,Äldreomsorg']);
    expect(await audit('auth.sso-user-created', user.id)).toHaveLength(1);
    const [applied] = await audit('auth.sso-roles-applied', user.id);
    expect(applied).toMatchObject({ organizationId: org.id });
    expect(applied?.details).toEqual({
      before: { roller: [], avdelningar: [], fackförbund: null },
      after: { roller: ['Chef'], avdelningar: ['Förskola', 'Äldreomsorg'], fackförbund: null },
    });
  });

  it('re-applies the mapping at every sign-in: a role removed in Entra ID is removed here', async () => {
    const claims = { email: 'byte@test.se', oid: 'oid-byte', roles: ['Kompetensplan.Chef', 'Kompetensplan.HR'] };
    expect(await signIn(claims)).toBe(true);
    const user = await t.db.user.findUniqueOrThrow({ where: { externalId: 'oid-byte' } });
    expect(await accessOf(user.id)).toEqual(['org:HR:', 'org:MANAGER:Förskola,Äldreomsorg']);
    // A role an administrator adds by hand in a mapped organisation does not outlive the next sign-in.
    await t.db.membership.create({ data: { userId: user.id, organizationId: org.id, role: 'ADMIN' } });
    expect(await signIn({ ...claims, roles: ['Kompetensplan.HR'] })).toBe(true);
    expect(await accessOf(user.id)).toEqual(['org:HR:']);
    expect(await signIn({ ...claims, roles: ['Kompetensplan.HR'] })).toBe(true); // unchanged: nothing to log
    expect(await audit('auth.sso-roles-applied', user.id)).toHaveLength(2);
  });

  it('refuses a user with no mapped role (no-role page, no session) and takes the removed roles away', async () => {
    expect(await signIn({ email: 'ingen@test.se', oid: 'oid-ingen', roles: ['Okänd'] })).toBe(
      '/logga-in/ingen-behorighet',
    );
    expect(await t.db.user.count({ where: { email: 'ingen@test.se' } })).toBe(0);

    const claims = { email: 'slutar@test.se', oid: 'oid-slutar', roles: ['Kompetensplan.HR'] };
    expect(await signIn(claims)).toBe(true);
    const user = await t.db.user.findUniqueOrThrow({ where: { externalId: 'oid-slutar' } });
    expect(await signIn({ ...claims, roles: [] })).toBe('/logga-in/ingen-behorighet');
    expect(await accessOf(user.id)).toEqual([]);
    expect((await audit('auth.sso-refused', user.id)).map((a) => a.details)).toEqual([{ reason: 'no-role' }]);
  });

  it('follows an e-mail change in Entra ID without creating a second user', async () => {
    const claims = { email: 'fore@test.se', oid: 'oid-gift', roles: ['Kompetensplan.HR'] };
    expect(await signIn(claims)).toBe(true);
    const before = await t.db.user.count();
    expect(await signIn({ ...claims, email: 'efter@test.se' })).toBe(true);
    expect(await t.db.user.count()).toBe(before);
    const user = await t.db.user.findUniqueOrThrow({ where: { externalId: 'oid-gift' } });
    expect(user.email).toBe('efter@test.se');
    expect((await audit('auth.sso-email-changed', user.id)).map((a) => a.details)).toEqual([
      { before: { email: 'fore@test.se' }, after: { email: 'efter@test.se' } },
    ]);
  });

  it('refuses a token from another issuer or tenant, and deactivated users', async () => {
    const other = 'https://login.microsoftonline.com/annan-tenant/v2.0';
    expect(await signIn({ email: 'fel@test.se', oid: 'oid-fel', roles: ['Kompetensplan.HR'], iss: other })).toBe(false);
    expect(await t.db.user.count({ where: { email: 'fel@test.se' } })).toBe(0);
    await t.db.user.create({ data: { email: 'slutat@test.se', name: 'C', isActive: false, externalId: 'oid-slut' } });
    expect(await signIn({ email: 'slutat@test.se', oid: 'oid-slut', roles: ['Kompetensplan.HR'] })).toBe(false);
    const reasons = (await audit('auth.sso-refused')).map((a) => (a.details as { reason: string }).reason);
    expect(reasons).toEqual(expect.arrayContaining(['wrong-issuer', 'inactive']));
  });

  it('asks the provider for state, nonce and PKCE, reads the configured issuer and makes no Graph call', async () => {
    const [provider] = authOptions(
      parseEnv({
        AZURE_AD_CLIENT_ID: 'app',
        AZURE_AD_CLIENT_SECRET: 'secret',
        AZURE_AD_TENANT_ID: 'tenant',
        SSO_ISSUER: 'http://127.0.0.1:9/oidc/',
      }),
    ).providers as unknown as [
      { checks: string[]; wellKnown: string; profile: (c: object, tokens: object) => Promise<unknown> | unknown },
    ];
    expect(provider.checks).toEqual(expect.arrayContaining(['state', 'nonce', 'pkce']));
    expect(provider.wellKnown).toBe('http://127.0.0.1:9/oidc/.well-known/openid-configuration');
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    expect(
      await provider.profile({ oid: 'o', sub: 's', name: 'N', email: 'N@test.se' }, { access_token: 'x' }),
    ).toEqual({ id: 'o', name: 'N', email: 'n@test.se', image: null });
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });
});

describe('Rollkoppling (system administrators)', () => {
  it('adds a mapping with its checks and audit row; removing it takes the role away at the next sign-in', async () => {
    const admin = await t.db.user.create({ data: { email: 'system@test.se', name: 'S', isSystemAdmin: true } });
    actAs(admin.id);
    try {
      const base = { organizationId: unmapped.id, claimValue: 'Kompetensplan.Chef.B', role: 'MANAGER' };
      expect(await createSsoMappingAction(base)).toMatchObject({
        ok: false,
        fieldErrors: { departmentIds: ['Välj minst en avdelning för rollen Chef.'] },
      });
      expect(await createSsoMappingAction({ ...base, claimValue: 'Med mellanslag' })).toMatchObject({
        ok: false,
        fieldErrors: { claimValue: ['Värdet får inte innehålla mellanslag (Entra ID tillåter inga).'] },
      });
      expect(await createSsoMappingAction({ ...base, role: 'UNION_REP' })).toMatchObject({
        ok: false,
        fieldErrors: { unionId: ['Välj fackförbund för rollen Fackligt ombud.'] },
      });
      expect(await t.db.ssoRoleMapping.count({ where: { organizationId: unmapped.id } })).toBe(0);
      const departmentIds = [unmapped.departments.get('Förskola')!];
      const created = await createSsoMappingAction({ ...base, departmentIds });
      expect(created).toMatchObject({ ok: true });
      expect(await createSsoMappingAction({ ...base, departmentIds })).toMatchObject({ ok: false, code: 'invalid' });
      const mapping = await t.db.ssoRoleMapping.findFirstOrThrow({ where: { organizationId: unmapped.id } });
      const [row] = await audit('sso.mapping.create', admin.id);
      expect(row).toMatchObject({ organizationId: unmapped.id, entityType: 'SsoRoleMapping', entityId: mapping.id });

      const claims = { email: 'b-chef@test.se', oid: 'oid-b-chef', roles: ['Kompetensplan.Chef.B'] };
      expect(await signIn(claims)).toBe(true);
      const user = await t.db.user.findUniqueOrThrow({ where: { externalId: 'oid-b-chef' } });
      expect(await accessOf(user.id)).toEqual(['other:MANAGER:Förskola']);

      expect(await removeSsoMappingAction({ id: mapping.id })).toMatchObject({ ok: true });
      expect(await audit('sso.mapping.remove', admin.id)).toHaveLength(1);
      expect(await signIn(claims)).toBe('/logga-in/ingen-behorighet');
      expect(await accessOf(user.id)).toEqual([]);
    } finally {
      stopActing();
    }
  });
});

describe('LOCAL_LOGIN=false', () => {
  it('refuses the password sign-in action with a Swedish message, and writes nothing', async () => {
    await t.db.user.create({ data: { email: 'lokal@test.se', name: 'Lokal' } });
    const auditRows = await t.db.auditLog.count();
    vi.stubEnv('LOCAL_LOGIN', 'false');
    try {
      const form = new FormData();
      form.set('email', 'lokal@test.se');
      form.set('password', 'Demo-2026!');
      expect(await signInWithPassword(null, form)).toEqual({
        error: 'Inloggning med e-post och lösenord är avstängd. Logga in med stadens konto i stället.',
        email: 'lokal@test.se',
      });
    } finally {
      vi.unstubAllEnvs();
    }
    expect(await t.db.auditLog.count()).toBe(auditRows);
    expect(await t.db.userSession.count()).toBe(0);
  });
});
