import type { APIRequestContext, Browser, Locator, Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, signIn, test as base } from './fixtures';

/**
 * Helpers for the "unauthorized access" specs (unauthorized-*.spec.ts): each spec creates its own records as HR,
 * then opens and posts as each wrong caller. The callers are created once per worker (the `people` fixture) and
 * shared by every spec: through the administrator's "Ny användare" form and the one-time password link, posted
 * as a browser without JavaScript does, so that no spec pays for a dozen page loads per user.
 */

export const CALLER_PASSWORD = 'Ett långt lösenord för e2e 2026';

/** Unique per run, so re-runs against a reused server do not collide. */
export const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

export type Caller = { name: string; email: string; page: Page };

type NewUser = {
  org: string;
  name: string;
  roles: ('HR-konsult' | 'Chef' | 'Fackligt ombud' | 'Administratör')[];
  departments?: string[];
  union?: string;
};

/** Every wrong caller the specs use, each created at most once per worker, when a spec first asks for it. */
const CALLERS = {
  hrSkarholmen: { org: 'skarholmen', name: 'Hanna Annanförvaltning', roles: ['HR-konsult'] },
  hrNorra: { org: 'norra-innerstaden', name: 'Harald Annanförvaltning', roles: ['HR-konsult'] },
  unionNorra: { org: 'norra-innerstaden', name: 'Frida Fack', roles: ['Fackligt ombud'], union: 'Vision' },
  unionSkarholmen: { org: 'skarholmen', name: 'Vera Vision', roles: ['Fackligt ombud'], union: 'Vision' },
  managerSocial: { org: 'norra-innerstaden', name: 'Clas Chef', roles: ['Chef'], departments: ['Socialtjänst'] },
  managerElderCare: { org: 'norra-innerstaden', name: 'Olga Ägare', roles: ['Chef'], departments: ['Äldreomsorg'] },
  adminNorra: { org: 'norra-innerstaden', name: 'Ada Admin', roles: ['Administratör'] },
  adminSkarholmen: { org: 'skarholmen', name: 'Adam Annanadmin', roles: ['Administratör'] },
  adminTarget: { org: 'norra-innerstaden', name: 'Tora Målkonto', roles: ['HR-konsult'] },
} satisfies Record<string, NewUser>;
export type CallerKey = keyof typeof CALLERS;

export type People = {
  /** admin@demo.test, signed in once per worker. */
  admin(): Promise<Page>;
  /** hr@demo.test, signed in once per worker. */
  hr(): Promise<Page>;
  caller(key: CallerKey): Promise<Caller>;
};

export const test = base.extend<object, { people: People }>({
  people: [
    async ({ browser }, use) => {
      const made = new Map<string, Promise<unknown>>();
      const once = <T>(key: string, make: () => Promise<T>): Promise<T> => {
        if (!made.has(key)) made.set(key, make());
        return made.get(key) as Promise<T>;
      };
      const people: People = {
        admin: () => once('admin', () => signedIn(browser, ACCOUNTS.admin)),
        hr: () => once('hr', () => signedIn(browser, ACCOUNTS.hr)),
        caller: (key) => once(key, async () => createCaller(browser, await people.admin(), key, CALLERS[key])),
      };
      await use(people);
    },
    { scope: 'worker' },
  ],
});
export { expect };

/** A form's fields and the value of every checkbox and option by its label, as the server rendered them. */
async function formWithChoices(page: Page, form: Locator) {
  const entries = await formEntries(form);
  const choices = await form.evaluate((element) => {
    const byLabel: Record<string, string> = {};
    for (const input of element.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
      byLabel[`${input.name}:${input.labels?.[0]?.textContent?.trim()}`] = input.value;
    for (const option of element.querySelectorAll<HTMLOptionElement>('select option'))
      byLabel[`${option.closest('select')!.name}:${option.textContent?.trim()}`] = option.value;
    return byLabel;
  });
  const choice = (name: string, label: string) => {
    const value = choices[`${name}:${label}`];
    expect(value, `${name} "${label}" on ${page.url()}`).toBeDefined();
    return value!;
  };
  return { entries, choice };
}

const forms = new Map<string, Promise<Awaited<ReturnType<typeof formWithChoices>>>>();

/** The administrator's "Ny användare" form of the organisation, loaded once. */
function newUserForm(admin: Page, org: string) {
  if (!forms.has(org)) {
    forms.set(
      org,
      (async () => {
        await admin.goto(`/${org}/admin/anvandare/ny`);
        return formWithChoices(
          admin,
          admin.locator('form', { has: admin.getByRole('button', { name: 'Skapa användare' }) }),
        );
      })(),
    );
  }
  return forms.get(org)!;
}

/** The sign-in and set-password forms, captured once from a signed-out browser. */
let publicForms: Promise<{ signIn: [string, string][]; setPassword: [string, string][] }> | null = null;

/**
 * Creates the user as admin@demo.test through "Ny användare", chooses their password through the one-time link
 * and signs them in, each by posting the product's own form (the first set-password form is filled in the page).
 */
async function createCaller(browser: Browser, admin: Page, key: string, user: NewUser): Promise<Caller> {
  const email = `e2e.${key.toLowerCase()}.${RUN}@demo.test`;
  const name = `${user.name} ${RUN}`;
  const { entries, choice } = await newUserForm(admin, user.org);
  const fields: [string, string][] = [
    ...entries.filter(([k]) => !['name', 'email', 'roles', 'departmentIds', 'unionId'].includes(k)),
    ['name', name],
    ['email', email],
    ...user.roles.map((role): [string, string] => ['roles', choice('roles', role)]),
    ...(user.departments ?? []).map((d): [string, string] => ['departmentIds', choice('departmentIds', d)]),
    ['unionId', user.union ? choice('unionId', user.union) : ''],
  ];
  const created = await postForm(admin, `/${user.org}/admin/anvandare/ny`, fields);
  expect(created).toContain(`${name} är skapad.`);
  const linkPath = created.match(/\/losenord\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(linkPath, 'the one-time link').toBeDefined();
  const token = linkPath!.split('/').at(-1)!;

  const context = await browser.newContext();
  const page = await context.newPage();
  publicForms ??= (async () => {
    await page.goto('/logga-in');
    const signInForm = await formEntries(
      page.locator('form', { has: page.getByRole('button', { name: 'Logga in', exact: true }) }),
    );
    await page.goto(linkPath!);
    const setPassword = await formEntries(
      page.locator('form', { has: page.getByRole('button', { name: 'Spara lösenord' }) }),
    );
    return { signIn: signInForm, setPassword };
  })();
  const { signIn: signInForm, setPassword } = await publicForms;
  const origin = new URL(admin.url()).origin;
  // The answer re-renders the link's page, which now reads "Länken är ogiltig, redan använd…": the sign-in below
  // is what shows the password was saved.
  await post(context.request, origin, linkPath!, setPassword, {
    token,
    password: CALLER_PASSWORD,
    confirm: CALLER_PASSWORD,
  });
  const signedInResponse = await post(context.request, origin, '/logga-in', signInForm, {
    email,
    password: CALLER_PASSWORD,
    returnTo: `/${user.org}`,
  });
  expect(signedInResponse.status(), `sign-in of ${email}`).toBe(303);
  expect(signedInResponse.headers().location).toContain(`/${user.org}`);
  return { name, email, page };
}

/**
 * A draft plan of the spec's own, created by HR from the city's template through "Ny plan", so that nothing
 * another spec changes is under test: its start year is one no plan of the organisation has (earlier runs
 * against a reused server included).
 */
export async function createOwnDraftPlan(hr: Page, org: string): Promise<{ year: number; title: string }> {
  await hr.goto(`/${org}/plan`);
  const taken: string[] = (await hr.locator('main').innerText()).match(/20\d\d/g) ?? [];
  let year = 2040 + (Number.parseInt(RUN.slice(-4), 36) % 55);
  while (taken.includes(String(year))) year += 1;
  await hr.goto(`/${org}/plan/ny`);
  await hr.getByLabel('Startår').fill(String(year));
  await hr.getByLabel(/Stadens mall/).check();
  await hr.getByRole('button', { name: 'Skapa plan' }).click();
  await hr.waitForURL(`**/${org}/plan/${year}`);
  return { year, title: `Kompetensförsörjningsplan ${year}–${year + 2}` };
}

export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/**
 * Opens the address as the caller and expects the refusal the app gives: 403 "Behörighet saknas", or 404 where
 * the record is hidden from the caller. None of the given strings (the record's data) may be in the HTML. The
 * refusal is a server-rendered page, so it is fetched with the caller's cookies rather than loaded in the browser
 * (loading and hydrating it proved nothing more and was most of these specs' time); with `axe` it is loaded, to
 * check the refusal page itself.
 */
export async function expectRefused(
  page: Page,
  path: string,
  status: 403 | 404,
  secrets: readonly string[],
  { axe = false }: { axe?: boolean } = {},
): Promise<void> {
  const response = axe ? await page.goto(path) : await page.request.get(path);
  expect(response?.status(), path).toBe(status);
  const heading = status === 403 ? 'Behörighet saknas' : 'Sidan finns inte';
  const html = (await response?.text()) ?? '';
  // The refusal page's own heading is drawn by the client (Next streams forbidden() as a payload); its title is in
  // the HTML.
  expect(html, path).toContain(`<title>${heading} – Kompetensplan</title>`);
  for (const secret of secrets) expect(html, `${path} shows "${secret}"`).not.toContain(secret);
  if (axe) {
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page);
  }
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
  const response = await post(page.request, new URL(page.url()).origin, path, entries, change);
  return response.text();
}

/** Posts the entries as multipart from the app's origin (a sign-in's redirect is not followed: its cookie is what counts). */
async function post(
  request: APIRequestContext,
  origin: string,
  path: string,
  entries: [string, string][],
  change: Record<string, string> = {},
) {
  const body = new FormData();
  for (const [k, v] of entries) body.append(k, k === 'requestId' ? crypto.randomUUID() : k in change ? change[k]! : v);
  const maxRedirects = path === '/logga-in' ? 0 : undefined;
  // No keep-alive: a socket the server closed while the caller was idle would answer ECONNRESET.
  const headers = { Origin: origin, Connection: 'close' };
  const response = await request.post(path, { multipart: body, headers, maxRedirects });
  expect(response.status(), `POST ${path}`).not.toBe(409);
  return response;
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
