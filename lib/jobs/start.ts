import 'server-only';
import { log } from '../log/logger';
import { type Env, env, isEmbeddedDatabase } from '../env';
import { JOB_DEFINITIONS } from './definitions';
import type { JobEngineName } from './run';

const started = globalThis as typeof globalThis & { __kompetensplanJobs?: JobEngineName };

/**
 * Starts the scheduled jobs in this server process (instrumentation.ts, production server only): pg-boss on
 * PostgreSQL, croner on the embedded database; nothing with JOBS=off. A failure to start is logged and leaves the
 * server running: the pages do not depend on the jobs. Returns the engine started, or null.
 */
export async function startScheduledJobs(e: Env = env()): Promise<JobEngineName | null> {
  if (e.JOBS === 'off') return null;
  if (started.__kompetensplanJobs) return started.__kompetensplanJobs;
  const engine: JobEngineName = isEmbeddedDatabase(e) ? 'in-process' : 'pg-boss';
  started.__kompetensplanJobs = engine;
  try {
    if (engine === 'in-process') {
      const { startInProcessJobs } = await import('./in-process-engine');
      startInProcessJobs(JOB_DEFINITIONS);
    } else {
      const { startPgBossJobs } = await import('./pg-boss-engine');
      await startPgBossJobs(JOB_DEFINITIONS, { connectionString: e.DATABASE_URL! });
    }
    log('info', 'jobs scheduled', { kind: 'job', engine });
    return engine;
  } catch (error) {
    log('error', 'jobs not started', { kind: 'job', engine, error });
    return null;
  }
}
