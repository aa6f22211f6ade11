import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite (WASM + data files) and Prisma's engines must be loaded from node_modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'exceljs'],
  experimental: {
    authInterrupts: true, // forbidden() → app/forbidden.tsx with HTTP 403
    serverActions: { bodySizeLimit: '12mb' },
  },
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
