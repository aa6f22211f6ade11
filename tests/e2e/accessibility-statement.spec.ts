import { ACCOUNTS, expect, expectAccessible, screenshot, signIn, test } from './fixtures';

async function expectStatement(page: import('@playwright/test').Page) {
  await expect(
    page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse för Kompetensplan' }),
  ).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('Stockholms stad står bakom Kompetensplan');
  await expect(main).toContainText(
    'Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service',
  );
  for (const heading of [
    'Innehåll som inte är tillgängligt',
    'Rapportera brister i tjänstens tillgänglighet',
    'Tillsyn',
    'Hur vi testat tjänsten',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'anmäla det till Digg' })).toHaveAttribute(
    'href',
    'https://www.digg.se/tdosanmalan',
  );
  await expect(main).toContainText(/Senaste bedömningen gjordes den \d{1,2} \p{L}+ \d{4}/u);
  await expect(main).toContainText(/uppdaterades senast den \d{1,2} \p{L}+ \d{4}/u);
  await expectAccessible(page);
}

test('the accessibility statement is linked from the sign-in page and readable signed out', async ({ page }) => {
  const response = await page.goto('/logga-in');
  expect(response?.status()).toBe(200);
  await expectAccessible(page);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
  await expect(page).toHaveURL(/\/tillganglighet$/);
  await expectStatement(page);
  await screenshot(page, 'tillganglighet-utloggad');
});

test('the accessibility statement is linked from every signed-in page', async ({ page }) => {
  await signIn(page, ACCOUNTS.union);
  for (const path of ['/socialforvaltningen', '/socialforvaltningen/statistik', '/socialforvaltningen/samverkan']) {
    await page.goto(path);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' })).toBeVisible();
  }
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
  await expectStatement(page);
});

/** Presses Tab until the focused element has this accessible text (the way a keyboard user gets there). */
async function tabTo(page: import('@playwright/test').Page, text: string, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return (el?.getAttribute('aria-label') ?? el?.innerText ?? '').trim();
    });
    if (focused === text) return;
  }
  throw new Error(`"${text}" was not reached with Tab`);
}

test('keyboard only: sign in, open the statistics, a chart as a table and the statement', async ({ page }) => {
  await page.goto('/logga-in');
  await tabTo(page, 'Hoppa till innehållet');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('E-post')).toBeFocused();
  await page.keyboard.type(ACCOUNTS.hr);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Lösenord')).toBeFocused();
  await page.keyboard.type('Demo-2026!');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
  await tabTo(page, 'Personalstatistik');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Personalstatistik' })).toBeVisible();
  await tabTo(page, 'Visa som tabell');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table').first()).toBeVisible();
  await tabTo(page, 'Tillgänglighetsredogörelse', 1000);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Tillgänglighetsredogörelse/ })).toBeVisible();
});
