/**
 * defineRoute, the guard of every route handler (issue 17): refusals answer in Swedish with their status and are
 * filed under the organisation the address names — signed out, not a member, no permission, a record out of
 * scope — and a bug answers 500 in Swedish without a stack trace.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { GET as protocolDocx } from '@/app/(app)/[org]/samverkan/[meetingId]/protokoll/word/route';
import { defineRoute } from '@/lib/auth/route-guard';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: { id: string; slug: string };
let other: { id: string; slug: string };
const users: Record<'hr' | 'otherHr', string> = { hr: '', otherHr: '' };

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, { slug: 'route-org', name: 'Ruttförvaltningen' });
  other = await createOrganization(t.db, { slug: 'route-other', name: 'Andra förvaltningen' });
  users.hr = (
    await createUser(t.db, { email: 'hr.route@test.se', name: 'HR', memberships: [{ org: org.slug, role: 'HR' }] })
  ).id;
  users.otherHr = (
    await createUser(t.db, { email: 'hr.other@test.se', name: 'HR 2', memberships: [{ org: other.slug, role: 'HR' }] })
  ).id;
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

// Well-formed ids of no meeting: a mistyped one is 404 before the guard (tests/integration/mistyped-address.test.ts).
const protocol = (slug: string, meetingId = 'cm4nosuchmeeting000000000') =>
  protocolDocx(new Request(`http://localhost/${slug}/samverkan/${meetingId}/protokoll/word`), {
    params: Promise.resolve({ org: slug, meetingId }),
  });

async function lastDenial() {
  return t.db.auditLog.findFirstOrThrow({
    where: { action: 'access.denied' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
}

describe('defineRoute', () => {
  it('files a signed-out request under the organisation in the address, with 401 in Swedish', async () => {
    actAs(null);
    const response = await protocol(org.slug);
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('Du är inte inloggad. Logga in och försök igen.');
    expect(await lastDenial()).toMatchObject({
      organizationId: org.id,
      details: { what: 'signed-out', via: 'review.protocol.docx' },
    });
  });

  it('files a non-member under the organisation in the address, and a record out of scope under it too', async () => {
    actAs(users.otherHr);
    const response = await protocol(org.slug);
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('Behörighet saknas för den här åtgärden.');
    expect(await lastDenial()).toMatchObject({
      organizationId: org.id,
      userId: users.otherHr,
      details: { what: `organisation:${org.slug}` },
    });

    actAs(users.hr);
    const missing = await protocol(org.slug, 'cm4meetingofnobody0000000');
    expect(missing.status).toBe(403);
    expect(await lastDenial()).toMatchObject({
      organizationId: org.id,
      userId: users.hr,
      details: { what: 'meeting:cm4meetingofnobody0000000', via: 'review.protocol.docx' },
    });
  });

  it('answers a bad address 400 and a bug 500, both in Swedish, with nothing of the error', async () => {
    const route = defineRoute({
      name: 'test.route',
      permission: 'edit:plan',
      schema: z.object({ org: z.string(), page: z.coerce.number({ error: 'Sidan måste vara ett tal.' }).int() }),
      handle: async () => {
        throw new Error('secret stack detail');
      },
    });
    actAs(users.hr);
    const call = (query: string) =>
      route(new Request(`http://localhost/${org.slug}/x?${query}`), { params: Promise.resolve({ org: org.slug }) });
    const bad = await call('page=abc');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe('Sidan måste vara ett tal.');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failed = await call('page=2');
    errors.mockRestore();
    expect(failed.status).toBe(500);
    const text = await failed.text();
    expect(text).toBe('Ett oväntat fel inträffade. Inget har sparats. Försök igen.');
    expect(text).not.toContain('secret');
  });
});
