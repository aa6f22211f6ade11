import { readFile } from 'node:fs/promises';
import { ACCOUNTS, expect, expectAccessible, signIn, test } from './fixtures';

/** Issue 18: HR downloads the adopted plan from its page as Word and as PDF, from the group "Ladda ner". */
test('HR downloads the plan as Word (.docx) and as PDF from the plan page', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr);
  await page.goto('/socialforvaltningen/plan/2025');
  const downloads = page.getByRole('group', { name: 'Ladda ner' });
  await expect(downloads).toBeVisible();
  await expectAccessible(page);

  const [word] = await Promise.all([
    page.waitForEvent('download'),
    downloads.getByRole('link', { name: 'Word (.docx)' }).click(),
  ]);
  expect(word.suggestedFilename()).toBe('Kompetensforsorjningsplan-2025-Socialforvaltningen-faststalld.docx');
  expect((await readFile(await word.path())).subarray(0, 2).toString()).toBe('PK');

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    downloads.getByRole('link', { name: 'PDF' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe('Kompetensforsorjningsplan-2025-Socialforvaltningen-faststalld.pdf');
  expect((await readFile(await pdf.path())).subarray(0, 5).toString()).toBe('%PDF-');
});
