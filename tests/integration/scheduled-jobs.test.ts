import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { reportingPeriod } from '@/lib/activities/periods';
import { remindAtSignIn } from '@/lib/auth/sign-in';
import { createSession } from '@/lib/auth/sessions';
import { CLEANUP_RETENTION_DAYS, removeExpiredSessionsAndLinks } from '@/lib/jobs/cleanup';
import { JOB_DEFINITIONS, type JobDefinition } from '@/lib/jobs/definitions';
import { type InProcessJobs, startInProcessJobs } from '@/lib/jobs/in-process-engine';
import { refreshKolada } from '@/lib/jobs/kolada-refresh';
import { startScheduledJobs } from '@/lib/jobs/start';
import { parseEnv } from '@/lib/env';
import { recordFollowUpAction } from '@/lib/activities/follow-up';
import { actAs, stopActing } from '../support/as-user';
import { organizationDueForFollowUp } from '../support/follow-up-due';
import { logLines } from '../support/log-lines';
import { captureMail } from '../support/smtp-capture';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

vi.stubEnv('LOG_LEVEL', 'info'); // the jobs' log lines are read below (vitest.config.ts silences them)

/**
 * The scheduled jobs (lib/jobs/definitions.ts) and the engine that runs them on the embedded database (croner in
 * the server process). pg-boss on PostgreSQL: scheduled-jobs-pg-boss.test.ts.
 */
let t: TestDatabase;
let engine: InProcessJobs | undefined;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  stopActing();
  await t.close();
});
afterEach(() => {
  engine?.stop();
  engine = undefined;
  vi.restoreAllMocks();
});

const cronOf = (name: string) => engine!.crons.find((cron) => cron.name === name)!;

describe(`scheduled jobs in the server process (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('schedules every job at its local time in Stockholm', () => {
    engine = startInProcessJobs(JOB_DEFINITIONS, async () => t.db);
    expect(engine.crons.map((cron) => cron.name)).toEqual(['follow-up-reminders', 'cleanup', 'kolada-refresh']);
    // 2 October is summer time (UTC+2), 2 December winter time (UTC+1).
    expect(cronOf('follow-up-reminders').nextRun(new Date('2026-10-02T00:00:00Z'))).toEqual(
      new Date('2026-10-02T05:00:00Z'),
    );
    expect(cronOf('follow-up-reminders').nextRun(new Date('2026-12-02T00:00:00Z'))).toEqual(
      new Date('2026-12-02T06:00:00Z'),
    );
    expect(cronOf('cleanup').nextRun(new Date('2026-12-02T00:00:00Z'))).toEqual(new Date('2026-12-02T02:30:00Z'));
    expect(cronOf('kolada-refresh').nextRun(new Date('2026-12-02T00:00:00Z'))).toEqual(
      new Date('2026-12-02T01:15:00Z'),
    );
  });

  it('starts nothing with JOBS=off, and refuses any other value than on or off', async () => {
    expect(await startScheduledJobs(parseEnv({ JOBS: 'off' }))).toBeNull();
    expect(() => parseEnv({ JOBS: 'nej' })).toThrow('JOBS ska vara on eller off');
  });

  it('reminds each manager with missing follow-ups once, by e-mail too, without their signing in', async () => {
    process.env.NEXTAUTH_URL = 'https://kompetensplan.example.se';
    const org = await organizationDueForFollowUp(t.db);
    const neverSignsIn = await org.user('never-signs-in@jobs.test', 'MANAGER', ['Äldreomsorg']);
    const followedUp = await org.user('followed-up@jobs.test', 'MANAGER', ['Förskola']);
    const hr = await org.user('hr@jobs.test', 'HR');
    const inactive = await org.user('inactive@jobs.test', 'MANAGER', ['Äldreomsorg'], false);
    actAs(followedUp);
    const ledarskap = await t.db.activity.findFirstOrThrow({
      where: { title: 'Ledarskap', plan: { organizationId: org.id } },
    });
    expect(
      await recordFollowUpAction({
        org: org.slug,
        activityId: ledarskap.id,
        version: ledarskap.version,
        ...reportingPeriod(new Date()),
        status: 'IN_PROGRESS',
        comment: 'Genomförd till hälften.',
      }),
    ).toMatchObject({ ok: true });
    stopActing();

    const mail = await captureMail();
    try {
      engine = startInProcessJobs(JOB_DEFINITIONS, async () => t.db);
      await cronOf('follow-up-reminders').trigger();
      await cronOf('follow-up-reminders').trigger(); // the next day's run, or a rerun: nobody is reminded again
      await remindAtSignIn(neverSignsIn); // and signing in afterwards does not remind again either
    } finally {
      await mail.close();
      delete process.env.NEXTAUTH_URL;
    }

    expect(mail.received.map((m) => m.to)).toEqual(['never-signs-in@jobs.test']);
    expect(mail.received[0]!.body).toContain(`https://kompetensplan.example.se/${org.slug}/aktiviteter/mina`);
    const notified = await t.db.notification.findMany({ where: { organizationId: org.id } });
    expect(notified).toMatchObject([{ userId: neverSignsIn, kind: 'follow-up-due' }]);
    expect(notified.map((n) => n.userId)).not.toContain(hr);
    expect(notified.map((n) => n.userId)).not.toContain(inactive);
    expect(
      await t.db.auditLog.findMany({ where: { action: 'jobs.follow-up-reminders', organizationId: org.id } }),
    ).toMatchObject([{ userId: null, details: { påmindaChefer: 1 } }]);
  });

  it('logs a failing job at warn and keeps the server running; the next time runs it again', async () => {
    let runs = 0;
    const failing: JobDefinition = {
      name: 'failing',
      cron: '0 0 1 1 *',
      run: async () => {
        runs++;
        throw new Error('databasen svarar inte');
      },
    };
    engine = startInProcessJobs([failing], async () => t.db);
    const lines = await logLines(async () => {
      await expect(cronOf('failing').trigger()).resolves.toBeUndefined();
      await cronOf('failing').trigger();
    });
    expect(runs).toBe(2);
    expect(lines).toMatchObject([
      { level: 'warn', msg: 'job failed', entry: 'failing', kind: 'job', engine: 'in-process', outcome: 'failed' },
      { level: 'warn', msg: 'job failed', entry: 'failing', outcome: 'failed' },
    ]);
    expect(JSON.stringify(lines)).not.toContain('databasen svarar inte'); // an error's message may quote data
    expect(cronOf('failing').isRunning()).toBe(true);
  });
});

describe(`clean-up of ended sessions and spent password links (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it(`removes exactly those that ended more than ${CLEANUP_RETENTION_DAYS} days ago`, async () => {
    const now = new Date('2026-12-08T03:30:00Z');
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const org = await organizationDueForFollowUp(t.db, now);
    const userId = await org.user('cleanup@jobs.test', 'HR');
    await t.db.userSession.deleteMany();
    await t.db.passwordLink.deleteMany();
    const session = async (createdDaysAgo: number, revokedDaysAgo?: number) =>
      (
        await t.db.userSession.update({
          where: { id: (await createSession(t.db, { userId, provider: 'credentials' }, ago(createdDaysAgo))).id },
          data: revokedDaysAgo === undefined ? {} : { revokedAt: ago(revokedDaysAgo), revokedReason: 'sign-out' },
        })
      ).id;
    const link = async (name: string, expiresDaysAgo: number, usedDaysAgo?: number) =>
      (
        await t.db.passwordLink.create({
          data: {
            userId,
            tokenHash: name,
            expiresAt: ago(expiresDaysAgo),
            usedAt: usedDaysAgo === undefined ? null : ago(usedDaysAgo),
          },
        })
      ).id;
    // Removed:
    await session(40); // ended 40 days ago (a working day after sign-in)
    await session(31, 31); // signed out 31 days ago
    await link('expired-40', 40);
    await link('used-35', 25, 35); // used 35 days ago, its week ran out 25 days ago
    const kept = [
      await session(20), // ended 20 days ago
      await session(0), // open now
      await session(29, 29), // signed out 29 days ago
      await link('expired-10', 10),
      await link('used-5', -2, 5),
      await link('open', -7),
    ];

    expect(await removeExpiredSessionsAndLinks(t.db, now)).toEqual({ sessions: 2, passwordLinks: 2 });
    const left = [
      ...(await t.db.userSession.findMany({ select: { id: true } })),
      ...(await t.db.passwordLink.findMany({ select: { id: true } })),
    ].map((row) => row.id);
    expect(left.sort()).toEqual([...kept].sort());
    expect(await t.db.auditLog.findMany({ where: { action: 'jobs.cleanup' } })).toMatchObject([
      { userId: null, details: { sessioner: 2, lösenordslänkar: 2, sparadeDagar: CLEANUP_RETENTION_DAYS } },
    ]);

    // A second run finds nothing and writes nothing, not even an audit row.
    expect(await removeExpiredSessionsAndLinks(t.db, now)).toEqual({ sessions: 0, passwordLinks: 0 });
    expect(await t.db.auditLog.count({ where: { action: 'jobs.cleanup' } })).toBe(1);
  });
});

describe(`nightly Kolada refresh (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  let server: Server;
  let reachable = true;
  let calls = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      calls++;
      const url = new URL(req.url!, 'http://x');
      const send = (status: number, body: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (!reachable) return send(503, { detail: 'nere' });
      const kpi = /^\/v3\/kpi\/(\w+)$/.exec(url.pathname)?.[1];
      if (kpi) return send(200, { count: 1, values: [{ id: kpi, title: `Koladas titel ${kpi}` }] });
      if (url.pathname === '/v3/municipality_groups') return send(200, { values: [] });
      const data = /^\/v3\/data\/kpi\/(\w+)\/municipality\/([\d,]+)\/year\/([\d,]+)$/.exec(url.pathname);
      if (!data) return send(404, { detail: 'Not found' });
      const values = data[2]!.split(',').flatMap((municipality) =>
        data[3]!.split(',').map((period) => ({
          kpi: data[1],
          municipality,
          period: Number(period),
          values: [{ gender: 'T', value: 5, status: '', count: 1 }],
        })),
      );
      send(200, { count: values.length, values, next_url: null });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.KOLADA_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.KOLADA_BACKOFF_MS = '1';
    await t.db.koladaFetch.deleteMany();
    await t.db.koladaKpi.deleteMany();
    await t.db.koladaKpi.createMany({ data: [{ id: 'N00090', title: 'Sjukfrånvaro' }] });
  });
  afterAll(async () => {
    delete process.env.KOLADA_URL;
    delete process.env.KOLADA_BACKOFF_MS;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const now = new Date('2026-12-08T01:15:00Z');

  it('does nothing where no administrator has fetched from the API (file import, example data)', async () => {
    await t.db.koladaFetch.create({ data: { source: 'file', fileName: 'kolada.csv', rowCount: 0 } });
    expect(await refreshKolada(t.db, now)).toEqual({ skipped: 'never fetched from the API' });
    expect(calls).toBe(0);
  });

  it('logs an unreachable Kolada at warn, stores nothing and does not fail', async () => {
    await t.db.koladaFetch.create({ data: { source: 'api', byEmail: 'system@jobs.test', rowCount: 0 } });
    reachable = false;
    const before = await t.db.koladaFetch.count();
    const lines = await logLines(() =>
      expect(refreshKolada(t.db, now)).resolves.toEqual({ skipped: 'Kolada unreachable' }),
    );
    expect(lines).toMatchObject([{ level: 'warn', entry: 'kolada-refresh', kind: 'job', outcome: 'failed' }]);
    expect(await t.db.koladaFetch.count()).toBe(before);
    expect(await t.db.auditLog.count({ where: { action: 'jobs.kolada-refresh' } })).toBe(0);
  });

  it('fetches the listed KPIs for Stockholm and riket, the six years before this one, with provenance', async () => {
    reachable = true;
    expect(await refreshKolada(t.db, now)).toEqual({ stored: 2 * 6, replaced: 0 });
    const fetch = await t.db.koladaFetch.findFirstOrThrow({
      where: { source: 'api', rowCount: 12 },
      include: { values: { select: { municipality: true, period: true } } },
    });
    expect(fetch).toMatchObject({ byUserId: null, byEmail: null });
    expect(new Set(fetch.values.map((v) => v.municipality))).toEqual(new Set(['0180', '0000']));
    expect(new Set(fetch.values.map((v) => v.period))).toEqual(new Set([2020, 2021, 2022, 2023, 2024, 2025]));
    expect(await t.db.koladaKpi.findUniqueOrThrow({ where: { id: 'N00090' } })).toMatchObject({
      title: 'Koladas titel N00090',
      titleVerified: true,
    });
    expect(await t.db.auditLog.findMany({ where: { action: 'jobs.kolada-refresh' } })).toMatchObject([
      {
        userId: null,
        entityType: 'KoladaFetch',
        entityId: fetch.id,
        details: { värden: 12, kommuner: ['0180', '0000'] },
      },
    ]);
  });
});
