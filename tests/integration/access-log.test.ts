import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { denyAccess } from '@/lib/auth/guards';
import { requireOrg } from '@/lib/auth/session';
import { saveTurnoverDefinitionAction } from '@/lib/organizations/mutations';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.close();
});

describe(`refused access (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('answers 403 ("Behörighet saknas") and logs who tried what', async () => {
    const viewer = { id: 'user-1', email: 'fack@test.se', name: 'Fack', isSystemAdmin: false, organizations: [] };
    // forbidden() interrupts rendering by throwing Next's 403 fallback error.
    await expect(denyAccess(viewer, 'org-1', 'admin:users')).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;403/);
    const entry = await t.db.auditLog.findFirstOrThrow({ where: { action: 'access.denied' } });
    expect(entry).toMatchObject({
      userId: 'user-1',
      userEmail: 'fack@test.se',
      organizationId: 'org-1',
      details: { what: 'admin:users' },
    });
  });
});

describe(`a non-member's refusal reaches the asked organisation's log (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('files the refused page and the refused action under the organisation named in the address', async () => {
    const asked = await createOrganization(t.db, { slug: 'tillfragad', name: 'Tillfrågad förvaltning' });
    const own = await createOrganization(t.db, { slug: 'egen', name: 'Egen förvaltning' });
    const outsider = await createUser(t.db, {
      email: 'hr.utanfor@test.se',
      name: 'HR Utanför',
      memberships: [{ org: own.slug, role: 'HR' }],
    });
    actAs(outsider.id);
    try {
      await expect(requireOrg(asked.slug)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;403/);
      const refused = await saveTurnoverDefinitionAction({ org: asked.slug, definition: 'Avgångar / medelantal.' });
      expect(refused).toMatchObject({ ok: false, code: 'denied' });
      await expect(requireOrg('finns-inte')).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;403/);
    } finally {
      stopActing();
    }
    const rows = await t.db.auditLog.findMany({
      where: { action: 'access.denied', userId: outsider.id },
      orderBy: { id: 'asc' },
      select: { organizationId: true, details: true },
    });
    expect(rows.map((r) => r.organizationId)).toEqual([asked.id, asked.id, null]);
    expect((await t.db.organization.findUniqueOrThrow({ where: { id: asked.id } })).turnoverDefinition).not.toBe(
      'Avgångar / medelantal.',
    );
  });
});
