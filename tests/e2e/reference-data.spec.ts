import { ACCOUNTS, expect, expectAccessible, mainMenu, screenshot, signIn, test } from './fixtures';

/**
 * Reference data: the system administrator corrects an SKR strategy and maps the 2019 set onto the 2024 set (shared
 * by every förvaltning); the förvaltning's administrator maintains its nämndmål per year.
 */
test('a system administrator corrects a strategy and maps the 2019 set onto the 2024 set', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto('/system');
  await mainMenu(page).getByRole('link', { name: 'Referensdata' }).click();
  await expect(page.getByRole('heading', { name: 'Referensdata', level: 1 })).toBeVisible();
  const current = page.getByRole('article', { name: /^SKR:s strategier 2024/ });
  await expect(current.getByText('Stärk chefens förutsättningar att leda')).toBeVisible();
  await expect(page.getByRole('article', { name: 'SKR:s strategier 2019', exact: true })).toBeVisible();

  // The ninth strategy is still flagged; the administrator checks it against SKR and marks it verified.
  const ninth = current.getByRole('listitem').filter({ hasText: 'Ta tillvara digitaliseringens' });
  await ninth.getByText('Ej verifierad').click();
  await ninth.getByLabel('Namn', { exact: true }).fill('');
  await ninth.getByRole('button', { name: 'Spara strategin' }).click();
  await expect(ninth.getByText('Skriv strategins namn (minst 2 tecken).')).toBeVisible();
  await expectAccessible(page);
  await ninth.getByLabel('Namn', { exact: true }).fill('Ta tillvara digitaliseringens och teknikens möjligheter');
  await ninth.getByLabel('Beskrivning').fill('Digitala arbetssätt och välfärdsteknik som avlastar och utvecklar.');
  await ninth.getByRole('button', { name: 'Spara strategin' }).click();
  await expect(
    ninth.getByText('Strategin "Ta tillvara digitaliseringens och teknikens möjligheter" är sparad.'),
  ).toBeVisible();

  // "Skapa engagemang" has no successor in the demo mapping; the administrator maps it to friskfaktorer.
  const mapping = page.getByRole('article', { name: 'SKR:s strategier 2019 → SKR:s strategier 2024' });
  const engagement = mapping.getByRole('group', { name: 'Skapa engagemang blir' });
  await expect(engagement.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await engagement.getByRole('checkbox', { name: 'Arbeta med friskfaktorer' }).check();
  await mapping.getByRole('button', { name: 'Spara kopplingen' }).click();
  await expect(mapping.getByText('Kopplingen är sparad: 9 par.')).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole('group', { name: 'Skapa engagemang blir' })
      .getByRole('checkbox', { name: 'Arbeta med friskfaktorer' }),
  ).toBeChecked();
  await expectAccessible(page);
  await screenshot(page, 'reference-data');
});

test('a förvaltning’s administrator adds and removes a nämndmål; HR cannot open the page', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto('/norra-innerstaden/admin');
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Nämndmål' }).click();
  await expect(page.getByRole('heading', { name: 'Nämndmål', level: 1 })).toBeVisible();
  const form = page.getByRole('region', { name: 'Nytt nämndmål' });
  await form.getByLabel('Nummer').fill('3.5.1');
  await form.getByLabel('År').fill('2027');
  await form.getByLabel('Mål').fill('Medarbetarna har en hållbar arbetsmiljö');
  await form.getByRole('button', { name: 'Lägg till nämndmål' }).click();
  await expect(form.getByText('Nämndmål 3.5.1 (2027) är tillagt.')).toBeVisible();
  const goal = page.getByRole('listitem').filter({ hasText: 'Medarbetarna har en hållbar arbetsmiljö' });
  await expect(goal.getByText('Används inte av någon aktivitet.')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'board-goals');
  const removal = page.getByRole('region', { name: 'Ta bort ett nämndmål' });
  await removal.getByLabel('Nämndmål').selectOption({ label: '3.5.1 (2027) Medarbetarna har en hållbar arbetsmiljö' });
  await removal.getByRole('button', { name: 'Ta bort nämndmålet' }).click();
  await expect(removal.getByText('Nämndmål 3.5.1 (2027) är borttaget.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Medarbetarna har en hållbar arbetsmiljö' })).toHaveCount(
    0,
  );
  // The goal the demo plan's activities use stays, and says so.
  await expect(page.getByText(/Används av \d+ aktiviteter\./).first()).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, ACCOUNTS.hr);
  const response = await page.goto('/norra-innerstaden/admin/namndmal');
  expect(response?.status()).toBe(403);
});
