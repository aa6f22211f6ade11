/**
 * Issue 6, item 6: the union representative sees one suppression pattern in every view. The organisation's
 * chart of departments and a department's own view show the same counts, and so do this year's comparison
 * column and last year's own view: each cell reads the same ("<5", "–" or the number) wherever it appears.
 */
import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, screenshot, signIn, test } from './fixtures';

const DEPARTMENT = 'Avdelningen för strategi och utveckling';

/** The cells of one chart's table row, by column heading. */
async function tableRow(page: Page, chartTitle: string, rowHeader: string): Promise<Record<string, string>> {
  const chart = page.getByRole('region', { name: chartTitle, exact: true });
  await chart.getByText('Visa som tabell').click();
  const table = chart.getByRole('table');
  await expect(table).toBeVisible();
  const headers = (await table.locator('thead th').allInnerTexts()).slice(1).map((h) => h.trim());
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: rowHeader, exact: true }) });
  const cells = (await row.locator('td').allInnerTexts()).map((c) => c.trim());
  return Object.fromEntries(headers.map((h, i) => [h, cells[i]!]));
}

test('a union representative sees the same "<5" and "–" in the organisation view and a department view', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.union);

  // The organisation view: retirements per department, this department's row.
  await page.goto('/socialforvaltningen/statistik?ar=2024');
  await expect(page.getByText('Uppgifter om färre än 5 personer visas inte').first()).toBeVisible();
  const inOrganisation = await tableRow(page, 'Fyller 65 år per avdelning', DEPARTMENT);
  expect(Object.values(inOrganisation)).toContain('<5');
  const departuresBy2024 = await tableRow(page, 'Avgångar efter orsak', 'Egen begäran');
  await expectAccessible(page);

  // The department's own view, chosen the way a user does.
  await page.getByLabel('Avdelning', { exact: true }).selectOption({ label: DEPARTMENT });
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page.locator('.lead')).toContainText(DEPARTMENT);
  const inDepartment = await tableRow(page, 'Fyller 65 år per avdelning', DEPARTMENT);
  expect(inDepartment).toEqual(inOrganisation);
  await expectAccessible(page);
  await screenshot(page, 'statistics-union-department');

  // Last year's own view shows the same 2023 figures as this year's comparison column.
  await page.goto('/socialforvaltningen/statistik?ar=2023');
  const departuresBy2023 = await tableRow(page, 'Avgångar efter orsak', 'Egen begäran');
  expect(departuresBy2023['2023']).toBe(departuresBy2024['2023']);
});
