import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { denyAccess } from '@/lib/auth/guards';
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
