import { randomUUID } from 'node:crypto';
import { env } from '../env';
import { type LogFields, type LogLevel, SLOW_REQUEST_MS, formatLogLine, levelOf } from './format';

const SEVERITY = { info: 0, warn: 1, error: 2, silent: 3 } as const;

/** Writes one JSON line to stdout (info) or stderr (warn, error), where a container's log driver collects it. */
export function log(level: LogLevel, message: string, fields: LogFields = {}): void {
  if (SEVERITY[level] < SEVERITY[env().LOG_LEVEL]) return;
  const line = formatLogLine(level, message, fields) + '\n';
  if (level === 'info') process.stdout.write(line);
  else process.stderr.write(line);
}

/** The request id the proxy put on the request (proxy.ts), or a new one outside a request (tests, scripts). */
export async function currentRequestId(): Promise<string> {
  try {
    const { headers } = await import('next/headers'); // not at the top: scripts use log() outside Next
    const id = (await headers()).get('x-request-id');
    if (id) return id;
  } catch {
    // not inside a request
  }
  return randomUUID();
}

/**
 * Times one guarded entry point and logs it as one line when it ends. The guards call `done` with the outcome
 * (ok or the failure code), the user once known, and the HTTP status of a route.
 */
export async function startRequestLog(entry: string, kind: 'action' | 'route') {
  const started = performance.now();
  const requestId = await currentRequestId();
  return (outcome: string, extra: { userId?: string | null; status?: number; error?: unknown } = {}) => {
    const durationMs = Math.round(performance.now() - started);
    const level = levelOf(outcome, durationMs);
    const message = durationMs > SLOW_REQUEST_MS ? 'slow request' : `${kind} finished`;
    log(level, message, { requestId, entry, kind, outcome, durationMs, ...extra });
    // The line keeps no error message (it may quote data); a developer's terminal shows the whole error.
    if (extra.error && process.env.NODE_ENV !== 'production') console.error(extra.error);
  };
}
