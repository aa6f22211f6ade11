import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test as base } from '@playwright/test';

export const PASSWORD = 'Demo-2026!';

export const ACCOUNTS = {
  hr: 'hr@demo.test',
  managerElderCare: 'chef.aldreomsorg@demo.test',
  managerSocialSupport: 'chef.socialt-stod@demo.test',
  union: 'fack.ssr@demo.test',
  admin: 'admin@demo.test',
} as const;

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/logga-in');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
}

/** WCAG 2.1 A/AA: zero violations on every page a test visits. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Text as the user reads it: sv-SE formats use no-break spaces ("1 016", "6,2 %"). */
export function normalized(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

export function mainMenu(page: Page) {
  return page.getByRole('navigation', { name: 'Huvudmeny' });
}

export const test = base;
export { expect };
