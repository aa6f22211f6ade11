/**
 * Prepares every server's embedded database side by side. Playwright starts its web servers one after the other
 * and counts each as up once it serves a static file (playwright.config.ts); the first health check then
 * migrates and seeds the server's database. Asking all at once instead of in turn saves one seeding's wait.
 */
import { WORKERS, serverURL } from './servers';

async function healthy(url: string, deadline: number): Promise<void> {
  for (;;) {
    const response = await fetch(url).catch(() => null);
    if (response?.ok) return;
    if (Date.now() > deadline) throw new Error(`${url} svarade ${response?.status ?? 'inte'}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export default async function globalSetup(): Promise<void> {
  const deadline = Date.now() + 300_000;
  await Promise.all(Array.from({ length: WORKERS }, (_, i) => healthy(`${serverURL(i)}/api/health`, deadline)));
}
