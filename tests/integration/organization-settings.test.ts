import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { saveTurnoverDefinitionAction } from '@/lib/organizations/mutations';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let hr: { id: string };
let union: { id: string };

const definition = 'Avgångar till extern arbetsgivare ÷ medelantalet tillsvidareanställda under året.';

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db);
  hr = await createUser(t.db, { email: 'hr@test.se', name: 'HR', memberships: [{ org: org.slug, role: 'HR' }] });
  union = await createUser(t.db, {
    email: 'fack@test.se',
    name: 'Fack',
    memberships: [{ org: org.slug, role: 'UNION_REP', union: 'Vision' }],
  });
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

describe(`organisation settings through the guard (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('stores the turnover definition and logs the change with before and after, in one transaction', async () => {
    actAs(hr.id);
    const result = await saveTurnoverDefinitionAction({ org: org.slug, definition });
    expect(result).toMatchObject({ ok: true });
    expect((await t.db.organization.findUniqueOrThrow({ where: { id: org.id } })).turnoverDefinition).toBe(definition);
    const entry = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'organization.turnover-definition', entityId: org.id },
    });
    expect(entry).toMatchObject({ userId: hr.id, organizationId: org.id, details: { after: definition } });
  });

  it('rejects a definition that is too short, too long or carries unknown fields, changing nothing', async () => {
    actAs(hr.id);
    const short = await saveTurnoverDefinitionAction({ org: org.slug, definition: 'kort' });
    expect(short).toMatchObject({ ok: false, code: 'invalid' });
    expect(!short.ok && short.fieldErrors?.definition?.[0]).toMatch(/minst 20 tecken/);
    expect(await saveTurnoverDefinitionAction({ org: org.slug, definition: 'a'.repeat(1001) })).toMatchObject({
      ok: false,
    });
    expect(
      await saveTurnoverDefinitionAction({ org: org.slug, definition: `${definition} x`, organizationId: 'other' }),
    ).toMatchObject({ ok: false, code: 'invalid' });
    expect((await t.db.organization.findUniqueOrThrow({ where: { id: org.id } })).turnoverDefinition).toBe(definition);
  });

  it('refuses a union rep and a signed-out caller, logs access.denied and changes nothing', async () => {
    const before = await t.db.auditLog.count({ where: { action: 'access.denied' } });
    actAs(union.id);
    expect(await saveTurnoverDefinitionAction({ org: org.slug, definition: `${definition} (fack)` })).toMatchObject({
      ok: false,
      code: 'denied',
      error: 'Behörighet saknas för den här åtgärden.',
    });
    actAs(null);
    expect(await saveTurnoverDefinitionAction({ org: org.slug, definition: `${definition} (anonym)` })).toMatchObject({
      ok: false,
      code: 'signed-out',
    });
    expect(await t.db.auditLog.count({ where: { action: 'access.denied' } })).toBe(before + 2);
    expect((await t.db.organization.findUniqueOrThrow({ where: { id: org.id } })).turnoverDefinition).toBe(definition);
  });

  it('writes once when the same submission arrives twice at once (double click)', async () => {
    actAs(hr.id);
    const requestId = randomUUID();
    const input = { org: org.slug, requestId, definition: `${definition} Dubbelklick.` };
    const results = await Promise.all([saveTurnoverDefinitionAction(input), saveTurnoverDefinitionAction(input)]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    const entries = await t.db.auditLog.findMany({
      where: { action: 'organization.turnover-definition', details: { path: ['after'], equals: input.definition } },
    });
    expect(entries).toHaveLength(1);
    expect(await t.db.actionReceipt.count({ where: { key: `${hr.id}:${requestId}` } })).toBe(1);
  });
});
