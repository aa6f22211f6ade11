import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authOptions } from '@/lib/auth/options';
import { parseEnv } from '@/lib/env';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.close();
});

const sso = parseEnv({ AZURE_AD_CLIENT_ID: 'app', AZURE_AD_CLIENT_SECRET: 'secret', AZURE_AD_TENANT_ID: 'tenant' });
const signIn = (email: string, oid: string) =>
  authOptions(sso).callbacks!.signIn!({
    user: { id: 'entra-id', email },
    account: { provider: 'azure-ad', type: 'oauth', providerAccountId: oid },
    profile: { oid },
  } as never);

const subjectChanges = (userId: string) =>
  t.db.auditLog.findMany({ where: { action: 'auth.sso-subject-changed', userId }, orderBy: { createdAt: 'asc' } });

describe(`SSO sign-in (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('binds the provider’s subject to the user and audits every change of it, before → after', async () => {
    const user = await t.db.user.create({ data: { email: 'sso@test.se', name: 'Sso Användare' } });
    expect(await signIn('SSO@test.se', 'oid-1')).toBe(true);
    expect(await signIn('sso@test.se', 'oid-1')).toBe(true); // unchanged: nothing to log
    expect(await signIn('sso@test.se', 'oid-2')).toBe(true); // another Entra account took over this e-mail
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).externalId).toBe('oid-2');
    const changes = await subjectChanges(user.id);
    expect(changes.map((c) => c.details)).toEqual([
      { before: { externalId: null }, after: { externalId: 'oid-1' } },
      { before: { externalId: 'oid-1' }, after: { externalId: 'oid-2' } },
    ]);
    expect(changes[0]).toMatchObject({ userEmail: 'sso@test.se', entityType: 'User', entityId: user.id });
  });

  it('refuses a subject already bound to another user, and changes nothing', async () => {
    const holder = await t.db.user.create({ data: { email: 'innehavare@test.se', name: 'A', externalId: 'oid-x' } });
    const other = await t.db.user.create({ data: { email: 'annan@test.se', name: 'B' } });
    expect(await signIn('annan@test.se', 'oid-x')).toBe(false);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: other.id } })).externalId).toBeNull();
    expect((await t.db.user.findUniqueOrThrow({ where: { id: holder.id } })).externalId).toBe('oid-x');
    expect(await subjectChanges(other.id)).toEqual([]);
    expect(await t.db.auditLog.findFirst({ where: { action: 'auth.sso-refused', userId: other.id } })).not.toBeNull();
  });

  it('refuses unknown and deactivated users', async () => {
    await t.db.user.create({ data: { email: 'slutat@test.se', name: 'C', isActive: false } });
    expect(await signIn('okand@test.se', 'oid-okand')).toBe(false);
    expect(await signIn('slutat@test.se', 'oid-slutat')).toBe(false);
    expect(await t.db.auditLog.count({ where: { action: 'auth.sso-refused' } })).toBe(3);
  });
});
