import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { JOB_DEFINITIONS, type JobDefinition } from '@/lib/jobs/definitions';
import { type PgBossJobs, type PgBossSettings, startPgBossJobs } from '@/lib/jobs/pg-boss-engine';
import { organizationDueForFollowUp } from '../support/follow-up-due';
import { captureMail } from '../support/smtp-capture';
import { logLines } from '../support/log-lines';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

vi.stubEnv('LOG_LEVEL', 'info'); // the jobs' log lines are read below (vitest.config.ts silences them)

/**
 * The scheduled jobs on PostgreSQL: pg-boss in two instances against one database, as two servers behind a load
 * balancer run them. PostgreSQL only (pg-boss cannot run on PGlite); the embedded engine is tested in
 * scheduled-jobs.test.ts.
 */
const onPostgres = process.env.TEST_DATABASE === 'postgres';
let t: TestDatabase;
let settings: PgBossSettings;
const running: PgBossJobs[] = [];

/** Short polling so that a test waits for pg-boss in seconds; no retry delay. */
const FAST = { pollingIntervalSeconds: 0.5, cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 };

async function instance(jobs: JobDefinition[]) {
  const jobsOfInstance = await startPgBossJobs(jobs, { ...settings, ...FAST, retryDelaySeconds: 0 }, async () => t.db);
  running.push(jobsOfInstance);
  return jobsOfInstance;
}

async function stopAll() {
  await Promise.all(running.splice(0).map((jobs) => jobs.stop()));
}

type JobRow = { id: string; state: string; retry_count: number };
const jobsOf = (queue: string) =>
  t.db.$queryRaw<JobRow[]>`SELECT id::text, state::text, retry_count FROM pgboss.job WHERE name = ${queue}`;

describe.skipIf(!onPostgres)('scheduled jobs with pg-boss on PostgreSQL', () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    const [{ name }] = await t.db.$queryRaw<[{ name: string }]>`SELECT current_database() AS name`;
    const url = new URL(process.env.TEST_POSTGRES_URL!);
    url.pathname = `/${name}`;
    settings = { connectionString: url.toString() };
  });
  afterEach(async () => {
    await stopAll();
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('two instances, one scheduled reminder job: one e-mail and one notification', async () => {
    const org = await organizationDueForFollowUp(t.db);
    const manager = await org.user('never-signs-in@pg-boss.test', 'MANAGER', ['Äldreomsorg']);
    const reminders = JOB_DEFINITIONS.find((job) => job.name === 'follow-up-reminders')!;
    const ranOn: string[] = [];
    // The real job, due every minute instead of daily at 07:00, noting which instance ran it.
    const everyMinuteOn = (name: string): JobDefinition => ({
      ...reminders,
      cron: '* * * * *',
      run: async (db, now) => {
        ranOn.push(name);
        return reminders.run(db, now);
      },
    });
    const mail = await captureMail();
    try {
      await Promise.all([instance([everyMinuteOn('a')]), instance([everyMinuteOn('b')])]);
      await vi.waitFor(
        async () => {
          const jobs = await jobsOf('follow-up-reminders');
          expect(jobs.length).toBeGreaterThan(0);
          expect(jobs.every((job) => job.state === 'completed')).toBe(true);
        },
        { timeout: 60_000, interval: 200 },
      );
      await stopAll();
    } finally {
      await mail.close();
    }

    expect(mail.received.map((m) => m.to)).toEqual(['never-signs-in@pg-boss.test']);
    expect(await t.db.notification.findMany({ where: { userId: manager } })).toMatchObject([{ kind: 'follow-up-due' }]);
    // Each job pg-boss created from the schedule ran on exactly one of the two instances. (A run that crosses a
    // minute may get a second minute's job: it reminds nobody again, by the reminder's dedupe key.)
    const completed = (await jobsOf('follow-up-reminders')).filter((job) => job.state === 'completed');
    expect(ranOn).toHaveLength(completed.length);
  });

  it('retries a job that throws, and logs the failure at warn', async () => {
    let attempts = 0;
    const flaky: JobDefinition = {
      name: 'flaky',
      cron: '0 0 1 1 *',
      run: async () => {
        attempts++;
        if (attempts === 1) throw new Error('PostgreSQL startar om');
        return { attempts };
      },
    };
    const [{ boss }] = await Promise.all([instance([flaky]), instance([flaky])]);
    const lines = await logLines(async () => {
      const id = (await boss.send('flaky', {}))!;
      await vi.waitFor(
        async () => expect(await boss.getJobById('flaky', id)).toMatchObject({ state: 'completed', retryCount: 1 }),
        { timeout: 30_000, interval: 200 },
      );
    });
    expect(attempts).toBe(2);
    expect(lines.filter((line) => line.entry === 'flaky')).toMatchObject([
      { level: 'warn', msg: 'job failed', kind: 'job', engine: 'pg-boss', attempt: 1, outcome: 'failed' },
      { level: 'info', msg: 'job finished', engine: 'pg-boss', attempt: 2, outcome: 'ok', counts: { attempts: 2 } },
    ]);
  });

  it('keeps a job queued while no instance runs, and runs it when one starts (a restart)', async () => {
    let runs = 0;
    const counted: JobDefinition = { name: 'counted', cron: '0 0 1 1 *', run: async () => ({ runs: ++runs }) };
    const { boss } = await instance([counted]);
    await boss.offWork('counted'); // this instance goes down before it gets to the job
    const id = (await boss.send('counted', {}))!;
    await stopAll();
    expect(runs).toBe(0);
    const { boss: restarted } = await instance([counted]);
    await vi.waitFor(
      async () => expect(await restarted.getJobById('counted', id)).toMatchObject({ state: 'completed' }),
      {
        timeout: 30_000,
        interval: 200,
      },
    );
    expect(runs).toBe(1);
  });

  it('writes the schedules of the defined jobs, in Stockholm time, and removes those no longer defined', async () => {
    await instance([...JOB_DEFINITIONS]);
    expect(await t.db.$queryRaw`SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`).toEqual([
      { name: 'cleanup', cron: '30 3 * * *', timezone: 'Europe/Stockholm' },
      { name: 'follow-up-reminders', cron: '0 7 * * *', timezone: 'Europe/Stockholm' },
      { name: 'kolada-refresh', cron: '15 2 * * *', timezone: 'Europe/Stockholm' },
    ]);
  });
});
