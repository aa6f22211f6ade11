/** instrumentation-client.ts switches zod's eval probe off without importing zod into every page (issue 10). */
import { expect, it } from 'vitest';

it('sets jitless on the configuration zod reads, whether zod was loaded before or after', async () => {
  const { z } = await import('zod'); // loaded first here: the hook must change the object zod already holds
  expect(z.config().jitless).not.toBe(true);
  await import('@/instrumentation-client');
  expect(z.config().jitless).toBe(true);
});
