/**
 * The text fields of a refused submission, echoed back so the form keeps what the user typed (React 19 resets
 * uncontrolled fields after a form action, even when it fails: react#29034). Pure; the guard attaches them to
 * every failure (lib/auth/guard.ts). Secrets and one-time keys never go back to the browser.
 */
const NEVER_ECHOED = /^requestId$|password|confirm|token|secret/i;

export type SubmittedValues = Record<string, string | string[]>;

export function echoValues(fields: Record<string, unknown>): SubmittedValues {
  const values: SubmittedValues = {};
  for (const [key, value] of Object.entries(fields)) {
    if (NEVER_ECHOED.test(key)) continue;
    if (typeof value === 'string') values[key] = value.slice(0, 20_000);
    else if (Array.isArray(value)) values[key] = value.filter((v): v is string => typeof v === 'string').slice(0, 500);
  }
  return values;
}

/** A failure with the submitted values added (when the input was a form's fields); a success as it is. */
export function withValues<R extends { ok: boolean }>(result: R, raw: unknown): R | (R & { values: SubmittedValues }) {
  if (result.ok || !isFields(raw)) return result;
  return { ...result, values: echoValues(raw) };
}

function isFields(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}
