import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // server-only throws outside a React Server environment; tests run server code directly.
      'server-only': fileURLToPath(new URL('./tests/support/empty-module.ts', import.meta.url)),
      // revalidatePath needs a Next request; in tests there is nothing to revalidate.
      'next/cache': fileURLToPath(new URL('./tests/support/next-cache.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // next.config.ts enables experimental.authInterrupts; Next passes it to forbidden() through this variable.
    globalSetup: ['tests/support/global-setup.ts'],
    env: { __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: 'true' },
    // Every file gets its own database, so files run in parallel on every core (vitest's default leaves one idle).
    maxWorkers: 2,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
