/** The text fields of a refused submission, echoed back so the form keeps what the user typed. Pure. */
const NEVER_ECHOED = new Set(['requestId', 'password', 'confirm', 'token']);

export function echoValues(fields: Record<string, unknown>): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (NEVER_ECHOED.has(key)) continue;
    if (typeof value === 'string') values[key] = value.slice(0, 2000);
    else if (Array.isArray(value)) values[key] = value.filter((v): v is string => typeof v === 'string').slice(0, 500);
  }
  return values;
}

export function withValues<R extends { ok: boolean }>(result: R, fields: Record<string, unknown>) {
  return result.ok ? result : { ...result, values: echoValues(fields) };
}
