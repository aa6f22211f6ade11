import 'server-only';
import { type Env, env, isEmbeddedDatabase } from '../env';
import { JOB_DEFINITIONS } from './definitions';

const started = globalThis as typeof globalThis & { __kompetensplanJobs?: boolean };

/**
 * Starts the scheduled jobs in this server process (instrumentation.ts, production server only): pg-boss on
 * PostgreSQL, croner on the embedded database; nothing with JOBS=off. A failure to start is logged and leaves the
 * server running: the pages do not depend on the jobs.
 */
export async function startScheduledJobs(e: Env = env()): Promise<void> {
  if (e.JOBS === 'off' || started.__kompetensplanJobs) return;
  started.__kompetensplanJobs = true;
  try {
    if (isEmbeddedDatabase(e)) {
      const { startInProcessJobs } = await import('./in-process-engine');
      startInProcessJobs(JOB_DEFINITIONS);
    } else {
      const { startPgBossJobs } = await import('./pg-boss-engine');
      await startPgBossJobs(JOB_DEFINITIONS, { connectionString: e.DATABASE_URL! });
    }
    console.info('[jobs] scheduled', { engine: isEmbeddedDatabase(e) ? 'in-process' : 'pg-boss' });
  } catch (error) {
    console.error('[jobs] could not start the scheduled jobs', error);
  }
}
