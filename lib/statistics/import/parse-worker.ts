/**
 * Worker-thread entry: parses one uploaded file off the server's main thread (parse-in-worker.ts starts it).
 * A large XLSX takes seconds of CPU and hundreds of MB; here it blocks no other request, and the worker's heap
 * limit bounds what one upload can use.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseImportFile } from './parse-import-file';
import type { ParseImportFileInput } from './types';

const input = workerData as ParseImportFileInput;
parseImportFile({ ...input, today: new Date(input.today) }).then(
  (result) => parentPort?.postMessage(result),
  (error: unknown) => {
    throw error; // surfaces as the worker's 'error' event
  },
);
