import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateTurnoverDefinition } from '@/lib/organizations/mutations';
import { turnoverDefinitionSchema } from '@/lib/organizations/schemas';
import { createOrganization } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.close();
});

describe(`organisation settings (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('stores the turnover definition and logs the change with before and after', async () => {
    const org = await createOrganization(t.db);
    const definition = 'Avgångar till extern arbetsgivare ÷ medelantalet tillsvidareanställda under året.';
    await updateTurnoverDefinition(t.db, {
      organizationId: org.id,
      definition,
      user: { id: 'u1', email: 'hr@test.se' },
    });
    expect((await t.db.organization.findUniqueOrThrow({ where: { id: org.id } })).turnoverDefinition).toBe(definition);
    const entry = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'organization.turnover-definition', entityId: org.id },
    });
    expect(entry.details).toMatchObject({ after: definition });
  });

  it('rejects a definition that is too short or too long, with a Swedish message', () => {
    const short = turnoverDefinitionSchema.safeParse({ org: 'x', definition: 'kort' });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toMatch(/minst 20 tecken/);
    expect(turnoverDefinitionSchema.safeParse({ org: 'x', definition: 'a'.repeat(1001) }).success).toBe(false);
  });
});
