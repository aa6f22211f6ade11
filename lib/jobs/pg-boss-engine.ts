import 'server-only';
import { log } from '../log/logger';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { type Db, getDb } from '../db/client';
import { JOB_TIMEZONE, type JobDefinition } from './definitions';
import { runJob } from './run';

/**
 * The jobs on PostgreSQL, in pg-boss's queue (its own schema "pgboss" in the app's database). Every instance
 * starts a worker per job and writes the same schedules; pg-boss's clock lets one instance a minute turn a due
 * schedule into a job, and each job is fetched by one worker (FOR UPDATE SKIP LOCKED). A job that throws is retried
 * with a growing delay; one whose instance dies mid-run expires and is retried by another (or after the restart).
 */

export type PgBossSettings = {
  connectionString: string;
  /** How often an idle worker looks for a job, in seconds (pg-boss's default: 2). */
  pollingIntervalSeconds?: number;
  /** How often an instance checks the schedules and sends due jobs, in seconds (default 30 and 5). */
  cronMonitorIntervalSeconds?: number;
  cronWorkerIntervalSeconds?: number;
  /** The first retry's wait, in seconds; doubled (with jitter) for each next one. */
  retryDelaySeconds?: number;
};

/** A failed job is tried three more times: after about 5, 10 and 20 minutes. */
export const RETRY_LIMIT = 3;
const RETRY_DELAY_SECONDS = 5 * 60;
/** A run still active after this long counts as lost (its instance died) and is retried. */
const EXPIRE_IN_SECONDS = 30 * 60;

export type PgBossJobs = { boss: PgBoss; stop: () => Promise<void> };

export async function startPgBossJobs(
  jobs: readonly JobDefinition[],
  settings: PgBossSettings,
  db: () => Promise<Db> = getDb,
): Promise<PgBossJobs> {
  const boss = new PgBoss({
    connectionString: settings.connectionString,
    application_name: 'kompetensplan-jobs',
    max: 3, // its own small pool beside Prisma's
    ...(settings.cronMonitorIntervalSeconds && { cronMonitorIntervalSeconds: settings.cronMonitorIntervalSeconds }),
    ...(settings.cronWorkerIntervalSeconds && { cronWorkerIntervalSeconds: settings.cronWorkerIntervalSeconds }),
  });
  boss.on('error', (error) => log('warn', 'pg-boss error', { kind: 'job', engine: 'pg-boss', error }));
  await boss.start(); // creates or migrates its schema, under an advisory lock when several instances start at once
  await oneInstanceAtATime(settings.connectionString, async () => {
    for (const job of jobs) {
      const queue = {
        name: job.name,
        retryLimit: RETRY_LIMIT,
        retryDelay: settings.retryDelaySeconds ?? RETRY_DELAY_SECONDS,
        retryBackoff: true,
        expireInSeconds: EXPIRE_IN_SECONDS,
      };
      await boss.createQueue(job.name, queue); // nothing if it exists
      await boss.updateQueue(job.name, queue); // so that changed settings reach an existing queue
      await boss.schedule(job.name, job.cron, {}, { tz: JOB_TIMEZONE });
    }
    // A job removed from the code leaves no schedule behind that would fill a queue no one works.
    for (const schedule of await boss.getSchedules()) {
      if (!jobs.some((job) => job.name === schedule.name)) await boss.unschedule(schedule.name);
    }
  });
  for (const job of jobs) {
    await boss.work(
      job.name,
      { pollingIntervalSeconds: settings.pollingIntervalSeconds ?? 2, batchSize: 1, includeMetadata: true },
      async ([run]) => runJob(job, await db(), 'pg-boss', (run?.retryCount ?? 0) + 1),
    );
  }
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }) };
}

/**
 * Creating a queue creates and attaches a partition table: two instances starting at once on a new database (or
 * with a new job) deadlock there (tests/integration/scheduled-jobs-pg-boss.test.ts found it). The queues are
 * declared under a session advisory lock, so instances take turns; ending the session releases it.
 */
async function oneInstanceAtATime(connectionString: string, declare: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString, application_name: 'kompetensplan-jobs' });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('kompetensplan:pg-boss-queues'))`);
    await declare();
  } finally {
    await client.end();
  }
}
