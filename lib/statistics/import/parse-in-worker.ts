import 'server-only';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { ParseImportFileInput, ParseImportFileResult } from '.';

/**
 * The heap one parse may use. The largest workbook the import accepts (50 MB unpacked, 170 000 rows) parses
 * within it, with RSS about 680 MB higher at the peak (npm run bench:import-memory); one that needs more is
 * refused with a message instead of growing the server. At most two parse at once (upload.ts).
 */
export const PARSE_HEAP_MB = 640;

export const TOO_COMPLEX =
  'Filen är för stor eller för komplex för att läsas. Spara den som CSV, eller dela upp den i flera filer, och försök igen.';

/**
 * Parses an uploaded file in a worker thread, so that the seconds a large file takes do not stop other users'
 * pages, and with a bounded heap. Under Next.js the bundler compiles the worker entry; run from source (tests,
 * benchmarks) it is TypeScript, loaded through tsx.
 */
export function parseImportFileInWorker(
  input: ParseImportFileInput,
  limits: { heapMb: number } = { heapMb: PARSE_HEAP_MB },
): Promise<ParseImportFileResult> {
  const options = {
    workerData: { ...input, today: input.today.toISOString() },
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
  };
  return new Promise((resolve, reject) => {
    // Next.js sets NEXT_RUNTIME in the server it bundled. The bundled form is written out in place because
    // the bundler recognises `new Worker(new URL(…))` and builds that entry.
    const worker = process.env.NEXT_RUNTIME
      ? new Worker(new URL('./parse-worker.ts', import.meta.url), options)
      : new Worker(fromSourceBootstrap(), { ...options, eval: true });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.once('message', (result: ParseImportFileResult) => settle(() => resolve(result)));
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? resolve({ ok: false, problems: [{ message: TOO_COMPLEX }] })
          : reject(error),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`Import parse worker exited with code ${code} before answering`))),
    );
  });
}

/** Loads the TypeScript entry through tsx (a development dependency: only tests and benchmarks run from source). */
function fromSourceBootstrap(): string {
  const entry = pathToFileURL(`${import.meta.dirname}/parse-worker.ts`).href;
  return `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
}
