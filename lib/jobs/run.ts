import 'server-only';
import type { Db } from '../db/client';
import type { JobDefinition, JobSummary } from './definitions';

export type JobEngineName = 'pg-boss' | 'in-process';

/**
 * One run of a job, whichever engine started it: its summary logged at info, a failure at warn (and thrown on,
 * so that pg-boss retries it).
 */
export async function runJob(
  job: JobDefinition,
  db: Db,
  engine: JobEngineName,
  attempt = 1,
  now: Date = new Date(),
): Promise<JobSummary> {
  const started = performance.now();
  try {
    const summary = await job.run(db, now);
    console.info(`[jobs] ${job.name} done`, {
      engine,
      attempt,
      ms: Math.round(performance.now() - started),
      ...summary,
    });
    return summary;
  } catch (error) {
    console.warn(`[jobs] ${job.name} failed`, { engine, attempt, error: errorMessage(error) });
    throw error;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
