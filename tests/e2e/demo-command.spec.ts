/**
 * The product as the README's first command runs it (issue 16 item 5): `npm run demo` builds when the sources
 * changed and then runs scripts/start.mjs, so this spec starts scripts/start.mjs on the build the suite already
 * made, with no NEXTAUTH_URL and no NEXTAUTH_SECRET (the embedded database generates one), its own data folder
 * and port, listening on every interface, and opens it by the machine's address as a colleague would. The other
 * specs' server has NEXTAUTH_URL set, so only this one shows what happens without it.
 *
 * It also holds the refusals only a running Next server shows (item 7): a body over the limit, a server-action
 * body cut off on the way, and a post from another origin or with Origin "null".
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request as playwrightRequest } from '@playwright/test';
import { ACCOUNTS, expect, signIn, test } from './fixtures';

const PORT = Number(process.env.E2E_DEMO_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 100);
// The machine's own address where it has one (the README: open it by the machine's name or address).
const HOST =
  Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address ?? '127.0.0.1';
const BASE = `http://${HOST}:${PORT}`;
const DATA = path.join('data', 'e2e-demo');

let server: ChildProcess;
let output = '';

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: BASE });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  rmSync(DATA, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), PGLITE_DATA_DIR: path.join(DATA, 'pglite') };
  for (const name of ['NEXTAUTH_URL', 'NEXTAUTH_SECRET', 'DATABASE_URL', 'HOST', 'HOSTNAME', 'TRUST_PROXY']) {
    delete env[name];
  }
  server = spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // The first health check migrates the fresh database and loads the demo data.
  await expect
    .poll(
      async () => {
        if (server.exitCode !== null) throw new Error(`the server stopped:\n${output}`);
        return fetch(`${BASE}/api/health`).then(
          (r) => r.status,
          () => 0,
        );
      },
      { timeout: 280_000, intervals: [1_000] },
    )
    .toBe(200);
});

test.afterAll(async () => {
  server?.kill();
  rmSync(DATA, { recursive: true, force: true });
});

test('started like `npm run demo`, HR signs in by the machine’s address and imports a CSV through the page', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.hr);
  await page.goto('/socialforvaltningen/statistik/import');
  const csv = [
    'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal',
    '2025;Avdelningen för socialt stöd;Socialsekreterare;Tillsvidare;Kvinna;30-39;120',
  ].join('\r\n');
  await page.getByLabel('Vad innehåller filen?').selectOption({ label: 'Antal anställda' });
  await page
    .getByLabel('Fil', { exact: true })
    .setInputFiles({ name: 'demo.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\r\n`) });
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(page.getByRole('heading', { name: 'Förhandsgranskning' })).toBeVisible();
  await page.getByRole('button', { name: /^Bekräfta/ }).click();
  await expect(page.getByRole('status')).toContainText('Importen är klar');
});

test('a post from elsewhere, a body over the limit and a cut-off action body get 403, 413 and 400 in Swedish', async () => {
  const http = await playwrightRequest.newContext({ baseURL: BASE });
  try {
    // A real server action: the sign-in form's, as the page renders it for browsers without JavaScript.
    const html = await (await http.get('/logga-in')).text();
    const actionId = /&quot;id&quot;:&quot;([0-9a-f]+)&quot;|\$ACTION_ID_([0-9a-f]+)/
      .exec(html)
      ?.slice(1)
      .find(Boolean);
    expect(actionId).toBeTruthy();
    const action = (headers: Record<string, string>, data: string | Buffer) =>
      http.post('/logga-in', { headers: { 'next-action': actionId!, ...headers }, data });
    const json = { 'content-type': 'text/plain;charset=UTF-8' };

    for (const origin of ['https://evil.example', 'null']) {
      const refused = await action({ ...json, origin }, '[null,{}]');
      expect(refused.status(), origin).toBe(403);
      expect(await refused.text()).toBe('Förfrågan kommer inte från Kompetensplan.');
    }
    const tooLarge = await action({ ...json, origin: BASE }, `["${'x'.repeat(1024 * 1024 + 10)}"]`);
    expect(tooLarge.status()).toBe(413);
    expect(await tooLarge.text()).toBe('Förfrågan är för stor (högst 1 MB). Korta texten och försök igen.');

    const boundary = '----kompetensplan';
    const form = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="1_email"',
      '',
      'hr@demo.test',
      `--${boundary}`,
    ];
    const cut = `${form.join('\r\n')}\r\nContent-Disposition: form-data; name="1_pass`;
    const truncated = await action({ origin: BASE, 'content-type': `multipart/form-data; boundary=${boundary}` }, cut);
    expect(truncated.status()).toBe(400);
    expect(await truncated.text()).toBe('Förfrågan kunde inte läsas. Ladda om sidan och försök igen.');

    // The statistics upload checks its own origin (it is not behind proxy.ts).
    const upload = await http.post('/socialforvaltningen/statistik/import/fil', {
      headers: { origin: 'null' },
      multipart: { intent: 'preview' },
    });
    expect(upload.status()).toBe(403);
  } finally {
    await http.dispose();
  }
});
