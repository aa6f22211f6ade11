import 'server-only';
import { Cron } from 'croner';
import { type Db, getDb } from '../db/client';
import { JOB_TIMEZONE, type JobDefinition } from './definitions';
import { runJob } from './run';

/**
 * The jobs on the embedded database (PGlite), which has one process and so one server: croner runs them in that
 * process at their times. A run never overlaps the previous one of the same job (`protect`); a failed run is
 * logged at warn and runs again at its next time, and a time missed while the server was down is not caught up.
 */
export type InProcessJobs = { crons: Cron[]; stop: () => void };

export function startInProcessJobs(jobs: readonly JobDefinition[], db: () => Promise<Db> = getDb): InProcessJobs {
  const crons = jobs.map(
    (job) =>
      new Cron(job.cron, { name: job.name, timezone: JOB_TIMEZONE, protect: true, unref: true }, async () => {
        try {
          await runJob(job, await db(), 'in-process');
        } catch {
          // logged by runJob; the server goes on
        }
      }),
  );
  return { crons, stop: () => crons.forEach((cron) => cron.stop()) };
}
