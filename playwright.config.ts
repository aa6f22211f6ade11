import { defineConfig } from '@playwright/test';
import { chromiumPath } from './lib/export/chromium-path';
import { OIDC_CLIENT, WORKERS, oidcIssuer, serverPort, serverURL } from './tests/e2e/servers';

/**
 * Two workers, each with its own production server and embedded database (one build, started twice), so that a
 * worker's specs never see another worker's writes. Measured: the stage is CPU-bound on 2 cores, so two workers
 * take about as long as one did; what they buy is that no spec can lean on another's data. Playwright loads this
 * file in every worker process with TEST_PARALLEL_INDEX set, which picks the worker's server; the runner itself
 * (index unset) starts both.
 */
const baseURL = serverURL(Number(process.env.TEST_PARALLEL_INDEX ?? 0));

// Debian's Chromium, its headless shell where installed (Playwright never downloads a browser here). The flags
// keep it off the closed network.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: WORKERS,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: {
    baseURL,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    // A trace records every action's snapshots; in CI nobody can open one, so it only slowed every test there.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: Array.from({ length: WORKERS }, (_, index) => ({
    // The production server started the way users start it (npm run build, npm start) on a fresh embedded
    // database. Built once, by the first server (unless `npm test` built it already, E2E_PREBUILT). A server
    // counts as up once it serves a static file; the global setup then asks every server's health check at
    // once, which migrates each database and loads the demo data side by side.
    command:
      index > 0 ? 'npm start' : `rm -rf data/e2e && ${process.env.E2E_PREBUILT ? '' : 'npm run build && '}npm start`,
    url: `${serverURL(index)}/icon.svg`,
    timeout: 600_000, // build, migrate and seed on a shared 2-core machine took over 5 minutes
    reuseExistingServer: !process.env.CI,
    env: {
      PORT: String(serverPort(index)),
      HOST: '127.0.0.1',
      PGLITE_DATA_DIR: `data/e2e/pglite-${index}`,
      NEXTAUTH_SECRET: 'e2e-secret-that-is-long-enough-0123456789',
      NEXTAUTH_URL: serverURL(index),
      DATABASE_URL: '',
      NEXT_TELEMETRY_DISABLED: '1', // no network at run time
      BUILD_SKIP_TYPECHECK: '1', // npm run typecheck covers it (next.config.ts)
      // SSO against the loopback provider tests/e2e/sso.spec.ts starts (read only at an SSO sign-in).
      AZURE_AD_CLIENT_ID: OIDC_CLIENT.id,
      AZURE_AD_CLIENT_SECRET: OIDC_CLIENT.secret,
      AZURE_AD_TENANT_ID: OIDC_CLIENT.tenant,
      SSO_ISSUER: oidcIssuer(),
      JOBS: 'off', // no scheduled reminder written into the demo data in the middle of a run (lib/jobs)
    },
  })),
});
