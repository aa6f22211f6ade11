/**
 * Issue 18: HR takes the statistics (.xlsx, CSV), the tertial follow-up (.xlsx) and the samverkan deck (.pptx) out
 * of the product from the page each belongs to, under "Ladda ner". The files' content is proven by
 * tests/integration/export-sheets.test.ts; here: the controls, the downloads and the pages' accessibility.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ACCOUNTS, expect, expectAccessible, signIn, test } from './fixtures';

async function download(page: Page, name: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Ladda ner' }).getByRole('link', { name, exact: true }).click(),
  ]);
  return file;
}

async function sheetNames(file: Download): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await file.path())!)) as never);
  return workbook.worksheets.map((s) => s.name);
}

test.slow(); // three pages, four downloads and three axe runs on a shared machine

test('HR downloads statistics, the follow-up and the samverkan deck from their pages', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr);

  await page.goto('/socialforvaltningen/statistik?ar=2024');
  await expect(page.getByRole('group', { name: 'Ladda ner' })).toBeVisible();
  await expectAccessible(page);
  const xlsx = await download(page, 'Excel (.xlsx)');
  expect(xlsx.suggestedFilename()).toBe('Personalstatistik-2024-Socialforvaltningen.xlsx');
  expect(await sheetNames(xlsx)).toContain('Rörlighet och rekrytering');
  const csv = await download(page, 'CSV');
  expect(csv.suggestedFilename()).toBe('Personalstatistik-2024-Socialforvaltningen.csv');
  const text = await readFile((await csv.path())!, 'utf8');
  expect(text.startsWith('\uFEFFAvsnitt;Diagram;Indelning;Kategori;Serie;Värde;Enhet\r\n')).toBe(true);

  await page.goto('/socialforvaltningen/aktiviteter/uppfoljning');
  await expectAccessible(page);
  const followUp = await download(page, 'Excel (.xlsx)');
  expect(followUp.suggestedFilename()).toMatch(/^Uppfoljning-.+-Socialforvaltningen\.xlsx$/);
  expect(await sheetNames(followUp)).toEqual(['Per avdelning', 'Aktiviteter']);

  await page.goto('/skarholmen/samverkan');
  await page.getByRole('link', { name: /punkt 5\.2\.1: Kompetensförsörjningsplanen/ }).click();
  await expect(page.getByRole('group', { name: 'Ladda ner' })).toBeVisible();
  await expectAccessible(page);
  const deck = await download(page, 'PowerPoint (.pptx)');
  expect(deck.suggestedFilename()).toMatch(/^Samverkan-Kompetensforsorjningsplan-2027-2029-.+\.pptx$/);
  const zip = await JSZip.loadAsync(await readFile((await deck.path())!));
  expect(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length).toBeGreaterThan(6);
});
