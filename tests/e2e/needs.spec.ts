import type { Locator } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, normalized, signIn, test } from './fixtures';

/** "SKR: pension vid 66" for Socialförvaltningen 2026–2028 as inserted (no population forecast: volume missing). */
const SCENARIO_TABLE = [
  'Del 2026 2027 2028',
  'Pensionsavgångar 17 26 44',
  'Övriga avgångar 74 73 71',
  'Volymförändring uppgift saknas uppgift saknas uppgift saknas',
  'Rekryteringsbehov 91 99 115',
];

/** The rows of the forecast table in a section, without the figures' footnote numbers. */
function tableValues(section: Locator): Promise<string[]> {
  return section
    .locator('table')
    .filter({ has: section.page().getByRole('rowheader', { name: 'Rekryteringsbehov', exact: true }) })
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...(row as HTMLTableRowElement).cells]
          .map((cell) => {
            const copy = cell.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('sup').forEach((sup) => sup.remove());
            return copy.textContent!.trim();
          })
          .join(' '),
      ),
    );
}

/**
 * Kompetensbehov (issue 19), one journey: HR reads seed 003's retirement figures, builds SKR's "pension vid 66"
 * with one click, saves it and puts it into a section of the draft plan as a live table; HR sends the draft to a
 * samverkan meeting and the SSR rep reads the table (and the frozen gaps and risks) there, without an edit control
 * and without the live page.
 */
test('HR builds, saves and inserts "SKR: pension vid 66"; the union rep reads it at samverkan', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000); // two accounts and a meeting: close to a minute on a busy shared machine
  await signIn(page, ACCOUNTS.hr);
  await page.goto('/socialforvaltningen/kompetensbehov/2025');
  await expect(page.getByRole('heading', { level: 1, name: 'Rekryteringsbehov' })).toBeVisible();
  const total = page
    .getByRole('table', { name: 'Möjliga pensionsavgångar per avdelning' })
    .getByRole('row', { name: /Totalt/ });
  expect(normalized(await total.innerText()).split(/\s+/)).toEqual(['Totalt', '16', '15', '32', '37', '100']);
  await expectAccessible(page);
  // On a phone the page never scrolls sideways (the scenario form's fieldsets and the formulas wrap).
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize(desktop);

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
  expect(await tableValues(page.locator('main'))).toEqual(SCENARIO_TABLE);

  // Samverkan: a meeting the SSR is invited to, and the draft with the table sent to it.
  await page.goto('/socialforvaltningen/samverkan/nytt');
  await page.getByLabel('Datum').fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel('Akademikerförbundet SSR').check();
  await page.getByRole('button', { name: 'Skapa möte' }).click();
  await page
    .getByLabel('Plan', { exact: true })
    .selectOption({ label: 'Kompetensförsörjningsplan 2026–2028 (Utkast)' });
  await page.getByRole('button', { name: 'Skicka till samverkan' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Skicka till samverkan' }).click();
  await expect(page.getByText(/Granskas: Kompetensförsörjningsplan 2026–2028, version 1/)).toBeVisible();

  const rep = await (await browser.newContext()).newPage();
  await signIn(rep, ACCOUNTS.union);
  await rep.goto(page.url());
  // The table as it was sent, then the gaps and the (empty) risk assessment frozen with the version.
  expect(await tableValues(rep.getByRole('region', { name: 'Inledning' }))).toEqual(SCENARIO_TABLE);
  await expect(rep.getByRole('table', { name: 'Kompetensgap i den frysta versionen' })).toContainText(
    'Våld och kriminalitet',
  );
  await expect(rep.getByRole('region', { name: 'Riskbedömning' })).toContainText('Versionen hade ingen riskbedömning.');
  await expect(rep.getByRole('link', { name: /^Redigera/ })).toHaveCount(0);
  await expect(rep.getByRole('button', { name: /Infoga|Spara/ })).toHaveCount(0);
  await expectAccessible(rep);
  expect((await rep.goto('/socialforvaltningen/kompetensbehov/2026'))?.status()).toBe(403);
});
