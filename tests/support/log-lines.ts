import { vi } from 'vitest';

/**
 * The JSON log lines (lib/log) written to stdout and stderr while `run` runs. vitest.config.ts silences them
 * (LOG_LEVEL=silent): a file that reads them sets `vi.stubEnv('LOG_LEVEL', 'info')` before anything reads the
 * environment.
 */
export async function logLines(run: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const written: string[] = [];
  const capture = (chunk: string | Uint8Array) => (written.push(String(chunk)), true);
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    await run();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return written
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
