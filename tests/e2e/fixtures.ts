import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { type Cookie, type Page, expect, test as base } from '@playwright/test';

export const PASSWORD = 'Demo-2026!';

export const ACCOUNTS = {
  hr: 'hr@demo.test',
  managerElderCare: 'chef.aldreomsorg@demo.test',
  managerSocialSupport: 'chef.socialt-stod@demo.test',
  union: 'fack.ssr@demo.test',
  admin: 'admin@demo.test',
} as const;

/** Signs in through the sign-in form and lands on the start page. */
export async function signInWithForm(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/logga-in');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
}

// One session per account and Playwright worker (module state lives as long as the worker's process).
const sessions = new Map<string, Cookie[]>();

/**
 * Signs an account in: through the form the first time in this worker (which lands on the start page), later by
 * giving the browser that session's cookies, without opening a page — the test opens the one it is about (a test
 * about the start page opens "/"). The form itself is proven by sign-in.spec.ts; going through it in every test
 * cost three page loads and a password hash each time, and landing on the start page first one more page. A session
 * that no longer counts (a test signed out, an administrator ended it) gets an empty answer from next-auth's session
 * endpoint: then it signs in through the form again.
 */
export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  const cookies = sessions.get(`${email}\n${password}`);
  if (cookies) {
    await page.context().addCookies(cookies);
    const session = await page.request.get('/api/auth/session');
    if (session.ok() && (await session.json())?.user) return;
    await page.context().clearCookies();
  }
  await signInWithForm(page, email, password);
  sessions.set(`${email}\n${password}`, await page.context().cookies());
}

/** Page states already checked by axe in this worker: the viewport and a digest of the rendered document. */
const checkedStates = new Set<string>();

/**
 * WCAG 2.1 A/AA: zero violations on every page state a test visits. Axe runs once per page state per worker: the
 * same document (scripts and their nonces left out: axe does not read them) at the same viewport gives the same
 * verdict, so a state another test already checked is not checked again; any difference in the markup is a new
 * state.
 */
export async function expectAccessible(page: Page): Promise<void> {
  // After a client-side navigation React puts the new page's <title> in place a moment after its content: wait
  // for one (a page that really has none still fails below, on axe's document-title rule).
  await page.waitForFunction(() => document.title.trim() !== '', undefined, { timeout: 5_000 }).catch(() => {});
  const markup = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const script of copy.querySelectorAll('script')) script.remove();
    return copy.outerHTML;
  });
  const viewport = page.viewportSize();
  const state = `${viewport?.width}x${viewport?.height} ${createHash('sha256').update(markup).digest('hex')}`;
  if (checkedStates.has(state)) return;
  // Legacy mode runs axe.run in the page itself. The default runs axe in each frame and then opens a blank page
  // (a renderer of its own) to merge the frames' results: the same verdict where there are no frames, and the app
  // has none, for twice the injected script and a page more per check.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode()
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
  checkedStates.add(state);
}

/** Text as the user reads it: sv-SE formats use no-break spaces ("1 016", "6,2 %"). */
export function normalized(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * A full-page picture for people to look at (`E2E_SCREENSHOTS=1 npm run test:e2e`): not taken otherwise, as no
 * assertion reads it and each cost a full-page render. A failing test gets its screenshot from the config.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

export function mainMenu(page: Page) {
  return page.getByRole('navigation', { name: 'Huvudmeny' });
}

export const test = base;
export { expect };
