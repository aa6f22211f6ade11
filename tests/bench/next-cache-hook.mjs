// The guarded actions run in process here, outside a Next request: next/cache and server-only resolve as in
// the integration tests (vitest.config.ts aliases).
import { register } from 'node:module';

register('./next-cache-loader.mjs', import.meta.url);
