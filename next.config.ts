import type { NextConfig } from 'next';
import { REQUEST_BODY_LIMIT } from './lib/http/request-guard';
import { STATIC_SECURITY_HEADERS } from './lib/security-headers';

const nextConfig: NextConfig = {
  // A self-contained server in .next/standalone (scripts/start.mjs runs it; see the README).
  output: 'standalone',
  outputFileTracingRoot: process.cwd(),
  // Read from disk at run time, so the tracer cannot see them: the embedded database migrates itself on start.
  outputFileTracingIncludes: {
    // The plan's PDF and charts (lib/export): playwright-core reads its own JSON files at run time, and resvg
    // loads the native module of the platform it runs on.
    '/**': [
      './prisma/migrations/**/*',
      './node_modules/@prisma/schema-engine-wasm/**/*',
      './node_modules/playwright-core/**/*',
      './node_modules/@resvg/**/*',
    ],
  },
  // PGlite (WASM + data files) and Prisma's engines must be loaded from node_modules, not bundled.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    'exceljs',
    '@resvg/resvg-js',
    'playwright-core',
    'pptxgenjs',
    'pg-boss', // the scheduled jobs' queue on PostgreSQL (lib/jobs): loaded from node_modules beside pg
  ],
  experimental: {
    authInterrupts: true, // forbidden() → app/forbidden.tsx with HTTP 403
    // Server actions carry form fields only (the file upload is a route handler with its own limit). proxy.ts
    // answers a larger body with 413 in Swedish; Next's own limit sits just above so that it never answers first.
    serverActions: { bodySizeLimit: REQUEST_BODY_LIMIT + 1024 },
    // Turbopack keeps a build cache on disk for the next build; a clean clone in CI builds once, and writing
    // the cache cost 12 s there.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests included) before the browser tests build the app: the
  // build that serves them need not check the same types again. Every other build checks them.
  typescript: { ignoreBuildErrors: process.env.BUILD_SKIP_TYPECHECK === '1' },
  async headers() {
    return [
      { source: '/:path*', headers: STATIC_SECURITY_HEADERS },
      // The statistics upload bypasses proxy.ts (which would buffer its body) and never answers with HTML.
      {
        source: '/:org/statistik/import/fil',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      // Every response but the hashed static assets may carry HR data: never store it in any cache.
      { source: '/((?!_next/static|_next/image).*)', headers: [{ key: 'Cache-Control', value: 'no-store' }] },
    ];
  },
};

export default nextConfig;
