import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFollowUpAction } from '@/lib/activities/follow-up';
import { reportingPeriod } from '@/lib/activities/periods';
import { remindOfMissingFollowUps } from '@/lib/activities/reminders';
import { issuePasswordSession } from '@/lib/auth/sign-in';
import { parseEnv } from '@/lib/env';
import { unreadNotificationCount } from '@/lib/notifications/queries';
import type { SeedActivity } from '@/prisma/seed-data/types';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { accessOf as accessFromMemberships } from '../support/access';
import { organizationDueForFollowUp } from '../support/follow-up-due';
import { captureMail } from '../support/smtp-capture';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { countWrites } from '../support/write-counter';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
const users: Record<string, string> = {};
// 2 October 2026: the reporting period is T2 2026, whose default deadline (30 September) has passed.
const TODAY = new Date('2026-10-02T09:00:00Z');
const period = reportingPeriod(TODAY);

const activity = (title: string, department: string): SeedActivity => ({
  goal: 'Rätt kompetens',
  title,
  phases: ['UTVECKLA'],
  strategies: [],
  department,
  owner: 'Avdelningschef',
  status: 'IN_PROGRESS',
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
        activities: [activity('Språkombud', 'Äldreomsorg'), activity('Ledarskap', 'Förskola')],
        gaps: [],
        risks: [],
      },
    ],
  });
  const user = async (key: string, memberships: Parameters<typeof createUser>[1]['memberships']) =>
    (users[key] = (await createUser(t.db, { email: `${key}@rem.test`, name: key, memberships })).id);
  await user('elderCare', [{ org: org.slug, role: 'MANAGER', departments: ['Äldreomsorg'] }]);
  await user('preschool', [{ org: org.slug, role: 'MANAGER', departments: ['Förskola'] }]);
  await user('hr', [{ org: org.slug, role: 'HR' }]);
  await user('mailed', [{ org: org.slug, role: 'MANAGER', departments: ['Äldreomsorg'] }]);
});
afterAll(async () => {
  stopActing();
  await t.close();
});

const accessOf = (userId: string) => accessFromMemberships(t.db, userId, org.id);

const remind = async (key: string, today = TODAY) =>
  remindOfMissingFollowUps({ userId: users[key]!, access: await accessOf(users[key]!), orgSlug: org.slug }, today);
const notifications = (key: string) => t.db.notification.findMany({ where: { userId: users[key]! } });

describe(`follow-up reminders (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('stays silent more than a week before the deadline', async () => {
    await remind('elderCare', new Date('2026-09-10T09:00:00Z'));
    expect(await notifications('elderCare')).toEqual([]);
  });

  it('reminds a manager with missing follow-ups once per period, however many pages open at once', async () => {
    await Promise.all([remind('elderCare'), remind('elderCare'), remind('elderCare')]);
    await remind('elderCare');
    const [only, ...rest] = await notifications('elderCare');
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      kind: 'follow-up-due',
      title: '1 aktivitet behöver följas upp för tertial 2 2026 – sista dag var 2026-09-30.',
      link: `/${org.slug}/aktiviteter/mina`,
      readAt: null,
    });
  });

  it('does not remind a manager whose follow-ups are in, nor HR', async () => {
    actAs(users.preschool!);
    const ledarskap = await t.db.activity.findFirstOrThrow({ where: { title: 'Ledarskap' } });
    const saved = await recordFollowUpAction({
      org: org.slug,
      activityId: ledarskap.id,
      version: ledarskap.version,
      year: period.year,
      period: period.period,
      status: 'IN_PROGRESS',
      comment: 'Två av tre träffar genomförda.',
    });
    expect(saved).toMatchObject({ ok: true });
    await remind('preschool');
    await remind('hr');
    expect(await notifications('preschool')).toEqual([]);
    expect(await notifications('hr')).toEqual([]);
  });
});

describe(`follow-up reminders by e-mail (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('mails the reminder once where SMTP is configured', async () => {
    const mail = await captureMail();
    try {
      await Promise.all([remind('mailed'), remind('mailed')]);
      await remind('mailed');
    } finally {
      await mail.close();
    }
    const { received } = mail;
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toBe('mailed@rem.test');
    expect(received[0]!.body).toContain('Subject: =?UTF-8?Q?P=C3=A5minnelse');
    expect(received[0]!.body).toContain('/aktiviteter/mina');
    expect(await notifications('mailed')).toHaveLength(1);
  });
});

describe(`follow-up reminders at sign-in, none while a page renders (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  // Pages and sign-ins use the real clock: a second organisation whose deadline for the current reporting period
  // is today, so that its managers are due a reminder whatever the date.
  let due: Awaited<ReturnType<typeof organizationDueForFollowUp>>;
  const manager = (email: string) => due.user(email, 'MANAGER', ['Äldreomsorg']);

  beforeAll(async () => {
    due = await organizationDueForFollowUp(t.db);
  });

  it('reminds a manager as they sign in: the reminder is in "Notiser" and the unread count', async () => {
    const userId = await manager('signs-in@rem.test');
    const e = parseEnv({ NEXTAUTH_URL: 'http://127.0.0.1:3999', NEXTAUTH_SECRET: 'reminder-test-secret-0123456789' });
    const user = await t.db.user.findUniqueOrThrow({ where: { id: userId } });
    await issuePasswordSession(t.db, { id: user.id, email: user.email, name: user.name }, e);
    expect(await unreadNotificationCount(userId, await accessFromMemberships(t.db, userId, due.id))).toBe(1);
    expect(await t.db.notification.findMany({ where: { userId } })).toMatchObject([{ kind: 'follow-up-due' }]);
  });

  it('writes nothing while a page of the organisation renders, even when a reminder is due', async () => {
    const userId = await manager('opens-pages@rem.test');
    const writes = await countWrites(t.db); // installed last: it serializes writers, which the tests above race
    const before = await writes();
    actAs(userId);
    const { default: OrgLayout } = await import('@/app/(app)/[org]/layout');
    const { default: Notices } = await import('@/app/(app)/[org]/notiser/page');
    const params = Promise.resolve({ org: due.slug });
    await OrgLayout({ children: null, params });
    await Notices({ params } as Parameters<typeof Notices>[0]);
    expect(await writes()).toBe(before);
    expect(await t.db.notification.findMany({ where: { userId } })).toEqual([]);
  });
});
