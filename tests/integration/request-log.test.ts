/**
 * Every guarded entry point writes one JSON line when it ends (issue 22): the request id, the user's id (never the
 * e-mail or name) and the duration, written by the guard itself (lib/auth/guard.ts, route-guard.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { signInWithPassword } from '@/app/(auth)/_actions/sign-in';
import { defineAction } from '@/lib/auth/guard';
import { defineRoute } from '@/lib/auth/route-guard';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { logLines } from '../support/log-lines';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

vi.stubEnv('LOG_LEVEL', 'info'); // vitest.config.ts silences the request lines for every other file

let t: TestDatabase;
let org: { id: string; slug: string };
let userId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, { slug: 'log-org', name: 'Loggförvaltningen' });
  userId = (
    await createUser(t.db, {
      email: 'hr.log@test.se',
      name: 'Hedda Loggsson',
      memberships: [{ org: org.slug, role: 'HR' }],
    })
  ).id;
});
afterEach(() => {
  stopActing();
  vi.restoreAllMocks(); // the spies on stdout and stderr; stubbed variables stay until the file ends
});
afterAll(async () => {
  await t.close();
});

const saveNote = defineAction({
  name: 'test.note.save',
  schema: z.object({ org: z.string(), note: z.string() }).strict(),
  permission: 'edit:plan',
  run: async () => ({ ok: true, data: 'sparad', audit: { entityType: 'Note', entityId: 'n1' } }),
});

describe('request logs', () => {
  it('an action writes one line with the request id, the user id and the duration, and none of the input', async () => {
    actAs(userId);
    const lines = await logLines(() => saveNote({ org: org.slug, note: 'Hemlig fritext om Anna' }));
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({ level: 'info', entry: 'test.note.save', kind: 'action', outcome: 'ok', userId });
    expect(line!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(line!.durationMs).toEqual(expect.any(Number));
    expect(JSON.stringify(line)).not.toMatch(/Hemlig|Anna|hr\.log@test\.se|Hedda/);
  });

  it('a refusal is logged with its outcome, and a signed-out caller with no user', async () => {
    actAs(null);
    const lines = await logLines(() => saveNote({ org: org.slug, note: 'x' }));
    expect(lines).toEqual([expect.objectContaining({ entry: 'test.note.save', outcome: 'signed-out' })]);
    expect(lines[0]).not.toHaveProperty('userId');
  });

  it('a route writes one line with its status; a bug is logged at error with its stack, not its message', async () => {
    const route = defineRoute({
      name: 'test.route',
      permission: 'read:plan:draft',
      schema: z.object({ org: z.string() }),
      handle: async () => {
        throw new Error('Anna Berg har personnummer 19800101-1234');
      },
    });
    actAs(userId);
    const lines = await logLines(() =>
      route(new Request(`http://localhost/${org.slug}/x`), { params: Promise.resolve({ org: org.slug }) }),
    );
    expect(lines).toEqual([
      expect.objectContaining({ level: 'error', entry: 'test.route', kind: 'route', status: 500, userId }),
    ]);
    expect((lines[0]!.error as { stack: string[] }).stack.length).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toMatch(/Anna|1234/);
  });

  it('the password sign-in, outside the guard, logs its own line: the outcome, never the e-mail', async () => {
    vi.stubEnv('LOCAL_LOGIN', 'false'); // refused before anything else is read (headers need a real request)
    const form = new FormData();
    form.set('email', 'hr.log@test.se');
    form.set('password', 'Demo-2026!');
    const lines = await logLines(() => signInWithPassword(null, form));
    vi.stubEnv('LOCAL_LOGIN', 'true');
    expect(lines).toMatchObject([{ level: 'info', entry: 'auth.sign-in', kind: 'action', outcome: 'local-login-off' }]);
    expect(JSON.stringify(lines)).not.toContain('hr.log');
  });
});
