import type { Browser, Locator, Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, signIn } from './fixtures';

/**
 * Helpers for the "unauthorized access" specs (unauthorized-*.spec.ts): each spec creates its own users through
 * the administrator's pages and its own records as HR, then opens and posts as each wrong caller.
 */

export const CALLER_PASSWORD = 'Ett långt lösenord för e2e 2026';

/** Unique per run, so re-runs against a reused server do not collide. */
export const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

export type Caller = { name: string; email: string; page: Page };

type NewUser = {
  org: string;
  key: string;
  name: string;
  roles: ('HR-konsult' | 'Chef' | 'Fackligt ombud' | 'Administratör')[];
  departments?: string[];
  union?: string;
};

/** Creates the user as admin@demo.test, chooses their password through the one-time link and signs them in. */
export async function createCaller(browser: Browser, admin: Page, user: NewUser): Promise<Caller> {
  const email = `e2e.${user.key}.${RUN}@demo.test`;
  const name = `${user.name} ${RUN}`;
  await admin.goto(`/${user.org}/admin/anvandare/ny`);
  await admin.getByLabel('Namn').fill(name);
  await admin.getByLabel('E-post').fill(email);
  for (const role of user.roles) await admin.getByRole('checkbox', { name: role, exact: true }).check();
  for (const d of user.departments ?? []) await admin.getByRole('checkbox', { name: d, exact: true }).check();
  if (user.union) await admin.getByLabel(/^Fackförbund/).selectOption({ label: user.union });
  await admin.getByRole('button', { name: 'Skapa användare' }).click();
  await expect(admin.getByText(`${name} är skapad.`)).toBeVisible();
  const link = await admin.getByLabel('Länk för att välja lösenord').inputValue();

  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await page.getByLabel('Nytt lösenord').fill(CALLER_PASSWORD);
  await page.getByLabel('Upprepa lösenordet').fill(CALLER_PASSWORD);
  await page.getByRole('button', { name: 'Spara lösenord' }).click();
  await expect(page.getByText('Lösenordet är sparat.')).toBeVisible();
  await signIn(page, email, CALLER_PASSWORD);
  return { name, email, page };
}

export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/**
 * Opens the address as the caller and expects the refusal the app gives: 403 "Behörighet saknas", or 404 where
 * the record is hidden from the caller. None of the given strings (the record's data) may be in the HTML.
 */
export async function expectRefused(
  page: Page,
  path: string,
  status: 403 | 404,
  secrets: readonly string[],
  { axe = false }: { axe?: boolean } = {},
): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  const heading = status === 403 ? 'Behörighet saknas' : 'Sidan finns inte';
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  const html = (await response?.text()) ?? '';
  for (const secret of secrets) expect(html, `${path} shows "${secret}"`).not.toContain(secret);
  if (axe) await expectAccessible(page);
}

/**
 * A form's fields as the rightful user's browser would post them without JavaScript. Only a server-rendered form
 * carries Next's action reference, so load its page with `goto` first (not by a client-side navigation).
 */
export async function formEntries(form: Locator): Promise<[string, string][]> {
  const entries = await form.evaluate((element) =>
    [...new FormData(element as HTMLFormElement)].map(
      ([k, v]) => [k, typeof v === 'string' ? v : ''] as [string, string],
    ),
  );
  expect(
    entries.some(([k]) => k.startsWith('$ACTION_')),
    'the form was rendered on the server',
  ).toBe(true);
  return entries;
}

/**
 * Posts a captured form with the caller's session, as a browser without JavaScript does: to an address of the same
 * route as the form's page (Next answers 409 elsewhere), with a fresh requestId. `change` overrides fields, e.g.
 * the organisation. Expects the action's answer to be the guard's refusal.
 */
export async function expectActionRefused(
  page: Page,
  path: string,
  entries: [string, string][],
  change: Record<string, string> = {},
): Promise<void> {
  expect(await postForm(page, path, entries, change), `POST ${path}`).toContain(ACTION_DENIED);
}

/**
 * Posts a captured form as expectActionRefused does and returns the answer's HTML. The rightful user's replay of
 * the same form is the control that shows a refusal comes from the permission check, not from the replay.
 */
export async function postForm(
  page: Page,
  path: string,
  entries: [string, string][],
  change: Record<string, string> = {},
): Promise<string> {
  const body = new FormData();
  for (const [k, v] of entries) body.append(k, k === 'requestId' ? crypto.randomUUID() : k in change ? change[k]! : v);
  const origin = new URL(page.url()).origin;
  const response = await page.request.post(path, { multipart: body, headers: { Origin: origin } });
  expect(response.status(), `POST ${path}`).not.toBe(409);
  return response.text();
}

export const ACTION_DENIED = 'Behörighet saknas för den här åtgärden.';

/**
 * The administrator's log shows an "access.denied" row for the caller in the organisation, naming what was
 * refused (the permission, the action or the route).
 */
export async function expectDenialLogged(admin: Page, org: string, email: string, what: RegExp): Promise<void> {
  await admin.goto(`/${org}/admin/logg?q=${encodeURIComponent(email)}&handelse=access.denied`);
  const rows = admin.getByRole('table').getByRole('row').filter({ hasText: 'Nekad åtkomst' });
  await expect(rows.filter({ hasText: what }).first()).toBeVisible();
}

export async function adminPage(browser: Browser): Promise<Page> {
  return signedIn(browser, ACCOUNTS.admin);
}
