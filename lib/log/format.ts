/**
 * One log line as JSON (issue 22): what happened, to which entry point, for which request and user, and how long it
 * took. Only the fields below are ever written: never names, e-mail addresses, input or other free text, so a log
 * line cannot leak what an HR user typed. An error keeps its class, code and stack frames, not its message (Prisma
 * and pg put the offending values in theirs).
 */
export type LogLevel = 'info' | 'warn' | 'error';

export type LogFields = {
  /** The proxy's X-Request-Id (proxy.ts), or one made up outside a request. */
  requestId?: string | undefined;
  /** The signed-in user's id (an opaque cuid), never the e-mail. */
  userId?: string | null | undefined;
  /** The guarded entry point: an action's or route's name, e.g. "plan.section.save". */
  entry?: string | undefined;
  kind?: 'action' | 'route' | 'job' | undefined;
  /** ok, or the failure code (denied, invalid, signed-out, conflict, failed …). */
  outcome?: string | undefined;
  status?: number | undefined;
  durationMs?: number | undefined;
  /** A scheduled job's engine and attempt (lib/jobs). */
  engine?: 'pg-boss' | 'in-process' | undefined;
  attempt?: number | undefined;
  /** What a job did, as counts: only numbers and booleans are written. */
  counts?: Record<string, unknown> | undefined;
  error?: unknown;
};

/** A request slower than this is logged at warn. */
export const SLOW_REQUEST_MS = 1000;

const KEYS = ['requestId', 'userId', 'entry', 'kind', 'outcome', 'status', 'durationMs', 'engine', 'attempt'] as const;

export function formatLogLine(level: LogLevel, message: string, fields: LogFields, time = new Date()): string {
  const line: Record<string, unknown> = { time: time.toISOString(), level, msg: message };
  for (const key of KEYS) if (fields[key] !== undefined && fields[key] !== null) line[key] = fields[key];
  const counts = Object.entries(fields.counts ?? {}).filter(([, v]) => typeof v === 'number' || typeof v === 'boolean');
  if (counts.length) line.counts = Object.fromEntries(counts);
  if (fields.error !== undefined) line.error = describeError(fields.error);
  return JSON.stringify(line);
}

function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 8)
    .map((line) => line.trim());
  return { type: error.name, ...(typeof code === 'string' ? { code } : {}), stack: frames };
}

/** Level of a finished request: bugs at error, slow ones and an unavailable service (503) at warn. */
export function levelOf(outcome: string, durationMs: number): LogLevel {
  if (outcome === 'failed') return 'error';
  if (outcome === 'unavailable') return 'warn';
  return durationMs > SLOW_REQUEST_MS ? 'warn' : 'info';
}
