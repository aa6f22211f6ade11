/** Runs once when the server starts (Next.js instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { prepareServer } = await import('./lib/startup');
  prepareServer();

  // Scheduled jobs (lib/jobs): in the production server only, not in `next build`, `next dev` or tests; JOBS=off
  // switches them off. Not awaited: the server answers while pg-boss connects.
  if (process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startScheduledJobs } = await import('./lib/jobs/start');
    void startScheduledJobs();
  }
}
