import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '@/lib/statistics/import';
import { TOO_COMPLEX, parseImportFileInWorker } from '@/lib/statistics/import/parse-in-worker';
import { buildFile } from '../bench/import-file';

const TODAY = new Date('2026-11-22T12:00:00Z');
const input = (bytes: Uint8Array, fileName = 'antal.csv') =>
  ({ bytes, fileName, group: 'headcount', today: TODAY }) as const;

// No database here: the PostgreSQL pass of the integration tests need not run it again.
describe.skipIf(process.env.TEST_DATABASE === 'postgres')('parsing an upload in a worker thread', () => {
  const large = buildFile().bytes;

  it('gives the same preview as parsing in the server process, for a valid and an invalid file', async () => {
    const valid = new TextEncoder().encode(
      'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal\r\n2025;Äldreomsorg;Undersköterska;Tillsvidare;Kvinna;30-39;12\r\n',
    );
    const invalid = new TextEncoder().encode('År;Antal\r\n2025;tolv\r\n');
    for (const bytes of [valid, invalid]) {
      expect(await parseImportFileInWorker(input(bytes))).toEqual(await parseImportFile(input(bytes)));
    }
  });

  it('keeps the server answering while a 100 000-row file is parsed', async () => {
    // A timer due every 20 ms: a parse on this thread would hold it back for the whole parse (seconds).
    let longestGap = 0;
    let running = true;
    const ticker = (async () => {
      let last = performance.now();
      while (running) {
        await sleep(20);
        const now = performance.now();
        longestGap = Math.max(longestGap, now - last);
        last = now;
      }
    })();
    const started = performance.now();
    const result = await parseImportFileInWorker(input(large));
    const parseMs = performance.now() - started;
    running = false;
    await ticker;
    expect(result.ok && result.preview.rowCount).toBe(100_000);
    // Not a timing threshold on the parse: the check is that this thread was free for most of it.
    expect(longestGap).toBeLessThan(parseMs / 2);
  });

  it('refuses a file whose parse needs more memory than one upload may use, in Swedish, and the server lives on', async () => {
    const result = await parseImportFileInWorker(input(large), { heapMb: 24 });
    expect(result).toEqual({ ok: false, problems: [{ message: TOO_COMPLEX }] });
    const small = new TextEncoder().encode('År;Antal\r\n2025;12\r\n');
    expect((await parseImportFileInWorker(input(small))).ok).toBe(true);
  });
});
