import 'server-only';
import type { Db } from '../db/client';
import { removeExpiredSessionsAndLinks } from './cleanup';
import { remindManagersOfMissingFollowUps } from './follow-up-reminders';
import { refreshKolada } from './kolada-refresh';

/**
 * The scheduled jobs: what each does (taking the database and the time), and when. Which engine runs them is
 * not their concern: pg-boss on PostgreSQL (lib/jobs/pg-boss-engine.ts), croner in the server process on the
 * embedded database (lib/jobs/in-process-engine.ts). Each job may run again after a failure or a restart, so
 * each is safe to repeat.
 */

/** Cron times are the city's local time, summer and winter. */
export const JOB_TIMEZONE = 'Europe/Stockholm';

/** What a job did, for the log: counts only, never names, e-mail addresses or free text. */
export type JobSummary = Record<string, number | string | boolean>;

export type JobDefinition = {
  /** The queue's name in pg-boss, the cron job's name in-process. */
  name: string;
  /** Minute hour day month weekday, in JOB_TIMEZONE. */
  cron: string;
  run: (db: Db, now: Date) => Promise<JobSummary>;
};

export const JOB_DEFINITIONS: readonly JobDefinition[] = [
  // Before the working day: a manager has the e-mail when they start.
  { name: 'follow-up-reminders', cron: '0 7 * * *', run: remindManagersOfMissingFollowUps },
  { name: 'cleanup', cron: '30 3 * * *', run: removeExpiredSessionsAndLinks },
  // At night, when nobody waits for the database; Kolada publishes new figures during the day.
  { name: 'kolada-refresh', cron: '15 2 * * *', run: refreshKolada },
];
