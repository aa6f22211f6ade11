/**
 * npm run bench:follow-up — the manager's journey in a real browser: sign in as the elder-care manager, open
 * "Mina aktiviteter" from the start page and follow up five activities by keyboard (status, comment, save) on a
 * 390 px wide screen. Reports the wall-clock time of the whole journey and of each save, which is what the
 * product adds to the manager's own reading and typing time.
 *
 * Needs a production build (`npm run build`). Starts `next start` on a fresh embedded database with the demo data
 * (or measures BENCH_URL, e.g. a server you started, if set — it must hold unreported follow-ups).
 * Not a test: no thresholds.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../../lib/export/chromium-path';

const PORT = Number(process.env.BENCH_PORT ?? 3290);
const DATA_DIR = 'data/bench-follow-up';

async function waitForHealth(url: string, timeoutMs: number) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} svarade inte inom ${timeoutMs / 1000} s`);
}

async function startServer(): Promise<{ url: string; server: ChildProcess }> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('Ingen produktionsbygge: kör `npm run build` först.');
  rmSync(DATA_DIR, { recursive: true, force: true });
  const url = `http://127.0.0.1:${PORT}`;
  const server = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      PGLITE_DATA_DIR: `${DATA_DIR}/pglite`,
      DATABASE_URL: '',
      NEXTAUTH_SECRET: 'bench-secret-that-is-long-enough-0123456789',
      NEXTAUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
    detached: true,
  });
  await waitForHealth(url, 300_000);
  return { url, server };
}

async function journey(baseURL: string) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const page = await browser.newPage({ baseURL, viewport: { width: 390, height: 844 }, locale: 'sv-SE' });
  // Warm the server (first render compiles nothing in production, but fills caches): not part of the journey.
  await page.goto('/logga-in');

  const saves: number[] = [];
  const started = performance.now();
  await page.getByLabel('E-post').fill('chef.aldreomsorg@demo.test');
  await page.getByLabel('Lösenord').fill('Demo-2026!');
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
  await page.getByRole('link', { name: 'Följ upp dina aktiviteter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mina aktiviteter' }).waitFor();
  for (let i = 1; i <= 5; i += 1) {
    const card = page.getByRole('article').filter({ hasText: 'Saknar uppföljning' }).first();
    const title = (await card.getByRole('heading', { level: 3 }).innerText()).trim();
    const saved = page.getByRole('article', { name: title });
    await saved.getByLabel('Status').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type(`Uppföljning ${i}: arbetet går enligt plan.`);
    await page.keyboard.press('Tab');
    const before = performance.now();
    await page.keyboard.press('Enter');
    await saved.getByText('Uppföljningen är sparad.').waitFor();
    await saved.getByText(/Uppföljd \d{4}-\d{2}-\d{2}/).waitFor();
    saves.push(performance.now() - before);
  }
  const total = performance.now() - started;
  await browser.close();
  return { total, saves };
}

async function main() {
  const external = process.env.BENCH_URL;
  const { url, server } = external ? { url: external, server: null } : await startServer();
  try {
    const { total, saves } = await journey(url);
    const sorted = [...saves].sort((a, b) => a - b);
    console.log(`Uppföljning av fem aktiviteter (390 px, tangentbord), ${url}`);
    console.log(`  hela resan (inloggning → fem sparade): ${(total / 1000).toFixed(1)} s`);
    console.log(
      `  per sparning: median ${Math.round(sorted[2]!)} ms, längst ${Math.round(sorted[4]!)} ms (${saves.map((s) => Math.round(s)).join(', ')} ms)`,
    );
  } finally {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
