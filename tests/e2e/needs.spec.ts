import { ACCOUNTS, expect, expectAccessible, normalized, signIn, test } from './fixtures';

/**
 * Kompetensbehov (issue 19), one journey: HR reads seed 003's retirement figures, builds SKR's "pension vid 66"
 * with one click, saves it and puts it into a section of the draft plan as a live table.
 */
test('HR builds, saves and inserts the scenario "SKR: pension vid 66"', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr);
  await page.goto('/socialforvaltningen/kompetensbehov/2025');
  await expect(page.getByRole('heading', { level: 1, name: 'Rekryteringsbehov' })).toBeVisible();
  const total = page
    .getByRole('table', { name: 'Möjliga pensionsavgångar per avdelning' })
    .getByRole('row', { name: /Totalt/ });
  expect(normalized(await total.innerText()).split(/\s+/)).toEqual(['Totalt', '16', '15', '32', '37', '100']);
  await expectAccessible(page);

  // The draft plan 2026–2028 takes the table; its page offers the same one-click lever.
  await page.goto('/socialforvaltningen/kompetensbehov/2026');
  await page.getByRole('link', { name: 'SKR: pension vid 66' }).click();
  await expect(page.getByRole('heading', { name: 'Scenario: SKR: pension vid 66' })).toBeVisible();
  await expect(page.getByText(/SKR \(2022\): cirka 410 000 rekryteringar/)).toBeVisible();
  await page.getByRole('button', { name: 'Spara scenario' }).click();
  await expect(page.getByText('Scenariot "SKR: pension vid 66" är sparat.')).toBeVisible();

  await page.reload();
  await page.getByLabel('Prognos', { exact: true }).selectOption({ label: 'Scenario: SKR: pension vid 66' });
  await page.getByLabel('Avsnitt').selectOption({ label: 'Inledning' });
  await page.getByRole('button', { name: 'Infoga i planen' }).click();
  await expect(page.getByText(/är infogad i avsnittet "Inledning"/)).toBeVisible();
  await page.getByRole('link', { name: 'Visa i planen' }).click();
  await expect(page.getByText('Rekryteringsbehov 2026–2028, scenario SKR: pension vid 66:')).toBeVisible();
});
