import 'server-only';
import type { Db } from '../db/client';
import { log } from '../log/logger';
import type { JobDefinition, JobSummary } from './definitions';

export type JobEngineName = 'pg-boss' | 'in-process';

/**
 * One run of a job, whichever engine started it: one JSON line (lib/log) with its counts at info, a failure at warn
 * (and thrown on, so that pg-boss retries it).
 */
export async function runJob(
  job: JobDefinition,
  db: Db,
  engine: JobEngineName,
  attempt = 1,
  now: Date = new Date(),
): Promise<JobSummary> {
  const started = performance.now();
  const line = { entry: job.name, kind: 'job' as const, engine, attempt };
  try {
    const summary = await job.run(db, now);
    const durationMs = Math.round(performance.now() - started);
    // A skipped run says why with a fixed code of the job's own (never data).
    const outcome = typeof summary.skipped === 'string' ? `skipped: ${summary.skipped}` : 'ok';
    log('info', 'job finished', { ...line, outcome, durationMs, counts: summary });
    return summary;
  } catch (error) {
    log('warn', 'job failed', {
      ...line,
      outcome: 'failed',
      durationMs: Math.round(performance.now() - started),
      error,
    });
    throw error;
  }
}
