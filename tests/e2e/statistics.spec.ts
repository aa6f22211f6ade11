import { ACCOUNTS, expect, expectAccessible, mainMenu, normalized, screenshot, signIn, test } from './fixtures';

test('HR reads the dashboards with the seed figures, as charts and as tables', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr);
  await page.goto('/socialforvaltningen');
  await mainMenu(page).getByRole('link', { name: 'Personalstatistik' }).click();
  await page.getByLabel('År', { exact: true }).selectOption('2024');
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personalstatistik' })).toBeVisible();
  for (const heading of [
    'Ålder och kön',
    'Anställningsformer',
    'De tio vanligaste befattningarna',
    'Heltid efter kön och ålder',
    'Personalomsättning per befattning',
    'Avgångar efter orsak',
    'Rekryteringar efter rekryteringsväg',
    'Fyller 65 år per avdelning',
    'Pensionsavgångar 65–69 år',
    'Sjukfrånvaro mot mål',
    'Tillbud och olycksfall per tertial',
    'Medarbetare per chef',
    'AMI – Aktivt medskapandeindex',
  ]) {
    await expect(page.getByRole('heading', { level: 3, name: heading })).toBeVisible();
  }
  const text = normalized(await page.locator('main').innerText());
  for (const figure of [
    '1 016 tillsvidareanställda',
    '7,3 %',
    '11,18 %',
    'Sjukfrånvaron 2024 var 6,2 % mot målet 6 %',
    '16 fyller 65 år 2025, 15 fyller 65 år 2026, 32 fyller 65 år 2027',
    'AMI 2024 är 83',
  ]) {
    expect(text, figure).toContain(figure);
  }
  // The table view of a chart: real table with the figures, reachable by keyboard.
  const chart = page.getByRole('region', { name: 'Fyller 65 år per avdelning' });
  await chart.getByText('Visa som tabell').click();
  const table = chart.getByRole('table');
  await expect(table.getByRole('rowheader', { name: 'Avdelningen för socialt stöd' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Avdelningen för socialt stöd/ })).toContainText('26');
  await expect(page.locator('.stat-chart__svg').first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'statistics-hr');
});

test('a manager sees only their department, with small cells suppressed', async ({ page }) => {
  await signIn(page, ACCOUNTS.managerSocialSupport);
  await page.goto('/socialforvaltningen/statistik?ar=2024&avdelning=other');
  await expect(page.getByText('Du ser statistiken för din avdelning: Avdelningen för socialt stöd.')).toBeVisible();
  await expect(page.getByLabel('Avdelning', { exact: true })).toHaveCount(0);
  const text = await page.locator('main').innerText();
  expect(text).not.toContain('Avdelningen för strategi och utveckling');
  expect(text).not.toContain('Avdelningen för beredskap och administration');
  await expect(page.getByText('Skyddade uppgifter').first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'statistics-manager');
  const refused = await page.goto('/socialforvaltningen/statistik/import');
  expect(refused?.status()).toBe(403);
});

test('a union representative sees suppressed small cells and why', async ({ page }) => {
  await signIn(page, ACCOUNTS.union);
  await page.goto('/socialforvaltningen/statistik?ar=2024');
  await expect(page.getByText('Uppgifter om färre än 5 personer visas inte').first()).toBeVisible();
  const chart = page.getByRole('region', { name: 'De tio vanligaste befattningarna' });
  await chart.getByText('Visa som tabell').click();
  await expect(chart.getByRole('table')).toContainText('<5');
  await expect(page.getByRole('link', { name: 'Importera statistik' })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'statistics-union');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('no page scrolls sideways; wide tables scroll inside their own region', async ({ page }) => {
    await signIn(page, ACCOUNTS.hr);
    for (const path of [
      '/socialforvaltningen',
      '/socialforvaltningen/statistik',
      '/socialforvaltningen/statistik/import',
      '/norra-innerstaden/plan/2027',
      '/norra-innerstaden/aktiviteter',
    ]) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(390);
    }
    await expectAccessible(page);
    await screenshot(page, 'mobile-activities');
  });
});
