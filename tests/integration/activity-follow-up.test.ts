import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordFollowUpAction } from '@/lib/activities/follow-up';
import { reportingPeriod } from '@/lib/activities/periods';
import { followUpWorklist } from '@/lib/activities/worklist';
import type { SeedActivity } from '@/prisma/seed-data/types';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { accessOf as accessFromMemberships } from '../support/access';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const DB = process.env.TEST_DATABASE ?? 'pglite';
let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let manager: { id: string };
let otherManager: { id: string };
let hr: { id: string };
const ids: Record<string, string> = {};
const period = reportingPeriod(new Date());

const activity = (title: string, department: string, status: SeedActivity['status'] = 'IN_PROGRESS'): SeedActivity => ({
  goal: 'Rätt kompetens',
  title,
  phases: ['UTVECKLA'],
  strategies: ['Arbeta med friskfaktorer'],
  department,
  owner: 'Avdelningschef',
  status,
  followUps: [],
});

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, {
    plans: [
      {
        startYear: 2026,
        title: 'Plan 2026–2028',
        status: 'ADOPTED',
        focusStrategies: [],
        sections: [],
        activities: [
          activity('Språkombud', 'Äldreomsorg'),
          activity('Demensutbildning', 'Äldreomsorg'),
          activity('Avslutad insats', 'Äldreomsorg', 'DONE'),
          activity('Ledarskap i förskolan', 'Förskola'),
        ],
        gaps: [],
        risks: [],
      },
    ],
  });
  hr = await createUser(t.db, { email: 'hr@fu.test', name: 'HR', memberships: [{ org: org.slug, role: 'HR' }] });
  manager = await createUser(t.db, {
    email: 'chef@fu.test',
    name: 'Chef Äldreomsorg',
    memberships: [{ org: org.slug, role: 'MANAGER', departments: ['Äldreomsorg'] }],
  });
  otherManager = await createUser(t.db, {
    email: 'chef2@fu.test',
    name: 'Chef Förskola',
    memberships: [{ org: org.slug, role: 'MANAGER', departments: ['Förskola'] }],
  });
  for (const a of await t.db.activity.findMany()) ids[a.title] = a.id;
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

const input = (activityId: string, version: number, comment: string, status = 'IN_PROGRESS') => ({
  org: org.slug,
  activityId,
  version,
  year: period.year,
  period: period.period,
  status,
  comment,
});

const accessOf = (userId: string) => accessFromMemberships(t.db, userId, org.id);

describe(`a manager's tertial follow-up (${DB})`, () => {
  it('lists only the manager’s unfinished activities, and the count is what is missing', async () => {
    const list = await followUpWorklist(await accessOf(manager.id));
    expect(list.items.map((i) => i.title).sort()).toEqual(['Demensutbildning', 'Språkombud']);
    expect(list.missing).toBe(2);
  });

  it('appends a follow-up, sets the current status and keeps the item on the list as reported', async () => {
    actAs(manager.id);
    const result = await recordFollowUpAction(input(ids['Språkombud']!, 1, 'Språkombuden är utsedda på alla enheter.'));
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    const saved = await t.db.activity.findUniqueOrThrow({ where: { id: ids['Språkombud'] } });
    expect(saved).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
    const list = await followUpWorklist(await accessOf(manager.id));
    expect(list.missing).toBe(1);
    expect(list.items.find((i) => i.title === 'Språkombud')?.current?.comment).toBe(
      'Språkombuden är utsedda på alla enheter.',
    );
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'activity.follow-up' } });
    expect(audit).toMatchObject({ userId: manager.id, entityType: 'FollowUp' });
  });

  it('keeps the history append-only: a correction is a new row and the latest is current', async () => {
    actAs(manager.id);
    const result = await recordFollowUpAction(
      input(ids['Språkombud']!, 2, 'Klart: alla enheter har språkombud.', 'DONE'),
    );
    expect(result).toMatchObject({ ok: true });
    const rows = await t.db.followUp.findMany({
      where: { activityId: ids['Språkombud'] },
      orderBy: { createdAt: 'asc' },
    });
    expect(rows.map((r) => r.status)).toEqual(['IN_PROGRESS', 'DONE']);
    const list = await followUpWorklist(await accessOf(manager.id));
    const item = list.items.find((i) => i.title === 'Språkombud');
    expect(item?.current).toMatchObject({ status: 'DONE', comment: 'Klart: alla enheter har språkombud.' });
    // The database itself refuses to rewrite history.
    await expect(t.db.followUp.update({ where: { id: rows[0]!.id }, data: { comment: 'Ändrad' } })).rejects.toThrow();
  });

  it('refuses a manager following up another department’s activity by id, logging it and changing nothing', async () => {
    actAs(otherManager.id);
    const denied = await t.db.auditLog.count({ where: { action: 'access.denied' } });
    const before = await t.db.activity.findUniqueOrThrow({ where: { id: ids['Demensutbildning'] } });
    const result = await recordFollowUpAction(
      input(ids['Demensutbildning']!, before.version, 'Försök från fel avdelning'),
    );
    expect(result).toMatchObject({ ok: false, code: 'denied' });
    expect(await t.db.activity.findUniqueOrThrow({ where: { id: ids['Demensutbildning'] } })).toEqual(before);
    expect(await t.db.followUp.count({ where: { activityId: ids['Demensutbildning'] } })).toBe(0);
    expect(await t.db.auditLog.count({ where: { action: 'access.denied' } })).toBe(denied + 1);
    // An id that does not exist is refused the same way (no hint whether it exists).
    expect(await recordFollowUpAction(input('finns-inte', 1, 'Okänd aktivitet'))).toMatchObject({ code: 'denied' });
  });

  it('rejects bad input with Swedish messages, a stale version as a conflict, another period, and changes nothing', async () => {
    actAs(manager.id);
    const id = ids['Demensutbildning']!;
    const empty = await recordFollowUpAction(input(id, 1, ' '));
    expect(!empty.ok && empty.fieldErrors?.comment?.[0]).toMatch(/Skriv en kommentar/);
    const status = await recordFollowUpAction({ ...input(id, 1, 'Bra fart'), status: 'POSTPONED' });
    expect(!status.ok && status.fieldErrors?.status?.[0]).toBe('Välj en status.');
    expect(await recordFollowUpAction(input(id, 7, 'Gammal version'))).toMatchObject({ ok: false, code: 'conflict' });
    expect(await recordFollowUpAction({ ...input(id, 1, 'Fel år'), year: period.year - 1 })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(await t.db.followUp.count({ where: { activityId: id } })).toBe(0);
    expect((await t.db.activity.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  it('lets HR follow up any department and writes once for a double-submitted request', async () => {
    actAs(hr.id);
    const requestId = randomUUID();
    const body = { ...input(ids['Ledarskap i förskolan']!, 1, 'HR har följt upp åt avdelningen.'), requestId };
    const results = await Promise.all([recordFollowUpAction(body), recordFollowUpAction(body)]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(await t.db.followUp.count({ where: { activityId: ids['Ledarskap i förskolan'] } })).toBe(1);
  });
});

describe.skipIf(DB !== 'postgres')('concurrent follow-ups of one activity (PostgreSQL)', () => {
  it('saves one of two simultaneous follow-ups from the same version and refuses the other as a conflict', async () => {
    actAs(manager.id);
    const id = ids['Demensutbildning']!;
    const { version } = await t.db.activity.findUniqueOrThrow({ where: { id } });
    const results = await Promise.all([
      recordFollowUpAction(input(id, version, 'Första chefen sparar.')),
      recordFollowUpAction(input(id, version, 'Andra fliken sparar samtidigt.')),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === 'conflict')).toHaveLength(1);
    expect(await t.db.followUp.count({ where: { activityId: id } })).toBe(1);
    expect((await t.db.activity.findUniqueOrThrow({ where: { id } })).version).toBe(version + 1);
  });
});
