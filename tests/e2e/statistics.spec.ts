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

/**
 * Kolada (issue 21), one journey: the administrator imports a Kolada file at /system/kolada (preview, then
 * confirm; it replaces the demo's example data); HR sees sick leave beside Stockholms stad and riket on the
 * dashboard, inserts the comparison into a section of a new plan and sends it to samverkan; the SSR rep reads it.
 */
test('Kolada: admin imports the file, HR compares and inserts it in the plan, the union rep reads it', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000); // three accounts, a new plan and a meeting on a busy shared machine
  const row = (municipality: string, period: number, value: number) => ({
    kpi: 'N00090',
    municipality,
    period,
    values: [{ gender: 'T', value, status: '', count: 1 }],
  });
  const file = {
    count: 4,
    values: [row('0180', 2023, 6.4), row('0180', 2024, 6.5), row('0000', 2023, 7), row('0000', 2024, 7.2)],
    next_url: null,
  };
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto('/system/kolada');
  await expect(admin.getByText('Exempeldata — inte hämtat från Kolada').first()).toBeVisible();
  await admin.getByLabel('Fil', { exact: true }).setInputFiles({
    name: 'kolada-sjukfranvaro.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await admin.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(admin.getByRole('heading', { name: 'Förhandsgranskning' })).toBeVisible();
  await admin.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(admin.getByText('Kolada-filen kolada-sjukfranvaro.json är importerad: 4 värden sparade.')).toBeVisible();
  await expect(admin.getByText('Exempeldata — inte hämtat från Kolada')).toHaveCount(0);
  await expectAccessible(admin);

  await signIn(page, ACCOUNTS.hr);
  await page.goto('/socialforvaltningen/statistik');
  const chart = page.getByRole('region', { name: 'Sjukfrånvaro totalt, kommun, (%)', exact: true });
  expect(normalized(await chart.locator('.stat-chart__summary').innerText())).toBe(
    '2024: Socialförvaltningen: 6,2 %; Stockholms stad 6,5 %, riket 7,2 %.',
  );
  await chart.getByText('Visa som tabell').click();
  expect(
    normalized(await chart.getByRole('row', { name: /^2024/ }).innerText())
      .split(/\s+/)
      .join(' '),
  ).toBe('2024 6,2 % 6,5 % 7,2 %');
  await expect(chart).toContainText('egna siffror: förvaltningens anställda');
  await expect(page.getByText('Exempeldata — inte hämtat från Kolada')).toHaveCount(0);
  await expectAccessible(page);

  await page.goto('/socialforvaltningen/plan/ny');
  await page.getByLabel('Startår').fill('2030');
  await page.getByLabel(/Stadens mall/).check();
  await page.getByRole('button', { name: 'Skapa plan' }).click();
  await page.waitForURL('**/socialforvaltningen/plan/2030');
  await page.getByRole('link', { name: 'Redigera Inledning och nulägesanalys' }).click();
  const editor = page.getByRole('textbox', { name: 'Text i avsnittet Inledning och nulägesanalys' });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Infoga jämförelse' }).click();
  await page.getByLabel('Nyckeltal').selectOption('N00090');
  await page.getByLabel('År').selectOption('2024');
  await page.getByRole('button', { name: 'Infoga', exact: true }).click();
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Sparat som version 2.')).toBeVisible();
  // Each live figure carries its footnote's number.
  const sentence =
    /Sjukfrånvaro totalt 6,2 %\d \(2024\) jämfört med Stockholms stad 6,5 %\d och riket 7,2 %\d, Källa: Kolada\./;
  await page.goto('/socialforvaltningen/plan/2030');
  expect(normalized(await page.getByRole('region', { name: 'Inledning och nulägesanalys' }).innerText())).toMatch(
    sentence,
  );

  await page.goto('/socialforvaltningen/samverkan/nytt');
  await page.getByLabel('Datum').fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel('Akademikerförbundet SSR').check();
  await page.getByRole('button', { name: 'Skapa möte' }).click();
  await page
    .getByLabel('Plan', { exact: true })
    .selectOption({ label: 'Kompetensförsörjningsplan 2030–2032 (Utkast)' });
  await page.getByRole('button', { name: 'Skicka till samverkan' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Skicka till samverkan' }).click();
  await expect(page.getByText(/Granskas: Kompetensförsörjningsplan 2030–2032, version 1/)).toBeVisible();

  const rep = await (await browser.newContext()).newPage();
  await signIn(rep, ACCOUNTS.union);
  await rep.goto(page.url());
  const section = rep.getByRole('region', { name: 'Inledning och nulägesanalys' });
  expect(normalized(await section.innerText())).toMatch(sentence);
  await expect(section).toContainText('Källa: Kolada (RKA), nyckeltal N00090');
});
