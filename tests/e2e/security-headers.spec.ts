import { readdirSync } from 'node:fs';
import path from 'node:path';
import { type APIResponse, type Page, request as playwrightRequest } from '@playwright/test';
import { ACCOUNTS, expect, signIn, signInWithForm, test } from './fixtures';
import { oidcIssuer } from './servers';

/** Every page.tsx and route.ts under app/, as a URL path pattern ("/[org]/plan/[year]"). */
function routePatterns(dir = path.join(process.cwd(), 'app'), prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`; // route groups add no segment
      return routePatterns(path.join(dir, entry.name), prefix + segment);
    }
    return /^(page|route)\.tsx?$/.test(entry.name) ? [prefix || '/'] : [];
  });
}

/** A real value for each dynamic segment; a new segment without one fails the test until it is added here. */
const SAMPLES: Record<string, string> = {
  '[org]': 'socialforvaltningen',
  '[year]': '2026',
  '[group]': 'headcount',
  '[...nextauth]': 'session',
  // Records that do not exist: the answer is 404 (or a refusal), and still carries the headers.
  '[token]': 'ingen-sadan-lank',
  '[userId]': 'ingen-sadan-anvandare',
  '[id]': 'ingen-sadan-aktivitet',
  '[sectionId]': 'inget-sadant-avsnitt',
  '[meetingId]': 'inget-sadant-mote',
};

/** The upload is not matched by proxy.ts (Next would buffer its body); it answers with a fixed, script-less policy. */
const UPLOAD = /\/statistik\/import\/fil$/;

function concrete(pattern: string): string {
  return pattern.replace(/\[[^\]]+\]/g, (segment) => {
    const value = SAMPLES[segment];
    if (!value) throw new Error(`No sample value for ${segment} in ${pattern}: add one to SAMPLES`);
    return value;
  });
}

const ROUTES = routePatterns().map(concrete).sort();

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('same-origin');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['cache-control'], what).toContain('no-store');
  expect(headers['strict-transport-security'], `${what}: no HSTS over plain HTTP`).toBeUndefined();
  const csp = headers['content-security-policy'] ?? '';
  if (UPLOAD.test(what.split(' ')[1] ?? '')) {
    expect(csp, what).toContain("default-src 'none'");
    expect(csp, what).toContain("frame-ancestors 'none'");
    return csp;
  }
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...v]) => [name, v]),
  );
  const scriptSrc = directives.get('script-src') ?? [];
  expect(
    scriptSrc.some((source) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(source)),
    `${what}: ${csp}`,
  ).toBe(true);
  expect(scriptSrc, what).not.toContain("'unsafe-inline'");
  expect(scriptSrc, what).not.toContain("'unsafe-eval'");
  expect(directives.get('style-src'), what).not.toContain("'unsafe-inline'");
  expect(directives.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(directives.get('object-src'), what).toEqual(["'none'"]);
  expect(directives.get('base-uri'), what).toEqual(["'none'"]);
  // The SSO sign-in's redirect to the identity provider (the e2e servers' loopback provider, servers.ts).
  expect(directives.get('form-action'), what).toEqual(["'self'", new URL(oidcIssuer()).origin]);
  return csp;
}

async function checkEveryRoute(get: (url: string) => Promise<APIResponse>, who: string) {
  expect(ROUTES.length).toBeGreaterThanOrEqual(15);
  for (const url of ROUTES) {
    const response = await get(url);
    expect(response.status(), `${who} ${url}`).toBeLessThan(500);
    expectSecurityHeaders(response, `${who} ${url} (${response.status()})`);
  }
}

test('every page and route handler answers with the security headers, signed out', async () => {
  const anonymous = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
  await checkEveryRoute((url) => anonymous.get(url, { maxRedirects: 0 }), 'utloggad');
  await anonymous.dispose();
});

test('every page and route handler answers with the security headers, signed in, downloads included', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.hr);
  await checkEveryRoute((url) => page.request.get(url, { maxRedirects: 0 }), 'HR');
  const download = await page.request.get('/socialforvaltningen/statistik/import/mall/headcount?format=xlsx');
  expect(download.status()).toBe(200);
  expect(download.headers()['content-disposition']).toContain('attachment');
  expectSecurityHeaders(download, 'mall (xlsx)');
});

/** Collects CSP violations the browser reports, with the page they happened on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${location.pathname}: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      violations.push(`${page.url()}: ${message.text()}`);
    }
  });
  return violations;
}

/** Every <script> in the HTML carries this response's nonce. */
async function expectScriptsCarryNonce(page: Page, url: string) {
  const response = await page.request.get(url);
  const csp = response.headers()['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, url).toBeTruthy();
  const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length, url).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, url).toContain(`nonce="${nonce}"`);
}

test('the main pages run with no CSP violation, and their scripts carry the nonce', async ({ page }) => {
  test.setTimeout(120_000); // eight pages and the editor on a shared machine
  const violations = await watchViolations(page);
  await expectScriptsCarryNonce(page, '/logga-in');
  await expectScriptsCarryNonce(page, '/tillganglighet');
  await page.goto('/tillganglighet');
  await signInWithForm(page, ACCOUNTS.hr);
  const org = '/socialforvaltningen';
  const pages = [
    '',
    '/statistik',
    '/plan',
    '/plan/2026',
    '/plan/2026/avsnitt',
    '/aktiviteter',
    '/samverkan',
    '/statistik/import',
  ];
  for (const p of pages) {
    await page.goto(org + p);
    await page.waitForLoadState('networkidle');
    await expectScriptsCarryNonce(page, org + p);
  }
  await page.goto(`${org}/statistik`);
  await page.getByText('Visa som tabell').first().click(); // a client component at work
  // The section editor (Tiptap would inject a <style> element without the nonce) and the figure picker.
  await page.goto(`${org}/plan/2026`);
  await page
    .getByRole('link', { name: /^Redigera / })
    .first()
    .click();
  await expect(page.getByRole('textbox', { name: /^Text i avsnittet/ })).toBeVisible();
  await page.getByRole('button', { name: 'Infoga siffra' }).click();
  await page.getByRole('link', { name: 'Historik', exact: true }).click();
  await page.waitForURL(/\/historik$/);
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.waitForURL(/\/logga-in/);
  expect(violations).toEqual([]);
});

test('a server action answers with the headers, and a NUL byte in a saved text gets a Swedish message', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.hr);
  await page.goto('/socialforvaltningen/statistik/import');
  const field = page.getByLabel('Definition av personalomsättning');
  const before = await field.inputValue();
  await field.fill('Avgångar till extern arbetsgivare\u0000 delat med medelantalet anställda under året.');
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.request().headers()['next-action'] !== undefined),
    page.getByRole('button', { name: 'Spara definitionen' }).click(),
  ]);
  expect(response.status()).toBe(200);
  const headers = await response.allHeaders();
  expect(headers['cache-control']).toContain('no-store');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(page.getByText('Texten innehåller ett osynligt styrtecken')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Definition av personalomsättning')).toHaveValue(before);
});

test('a plan year out of range or not a number is "Sidan finns inte" (404), never a server error', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr);
  for (const year of ['2147483648', '99999999999999999999', '-1', 'abc', '2026.5', '1e3']) {
    const response = await page.goto(`/socialforvaltningen/plan/${year}`);
    expect(response?.status(), year).toBe(404);
    await expect(page.getByRole('heading', { name: 'Sidan finns inte' })).toBeVisible();
  }
});
