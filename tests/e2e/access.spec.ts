import { ACCOUNTS, expect, expectAccessible, screenshot, signIn, test } from './fixtures';

/**
 * Each role is refused the pages it has no right to, by the page itself (403 "Behörighet saknas"); every refusal
 * of every role is also in the role × entry-point matrix (tests/integration/matrix). Here the browser's part: the
 * refusal page as each role sees it, with axe once per role (the page is the same for every address a role is
 * refused, only the menu differs by role).
 */
const REFUSALS: Record<'union' | 'managerSocialSupport' | 'managerElderCare' | 'hr' | 'admin', string[]> = {
  union: [
    '/skarholmen/admin',
    '/socialforvaltningen/aktiviteter/ny', // reads activities under samverkan, never edits
    '/norra-innerstaden', // not a member of this förvaltning
  ],
  managerSocialSupport: ['/socialforvaltningen/samverkan', '/socialforvaltningen/admin'],
  managerElderCare: ['/socialforvaltningen'],
  hr: ['/norra-innerstaden/admin'],
  admin: ['/norra-innerstaden/aktiviteter'],
};

for (const [who, paths] of Object.entries(REFUSALS) as [keyof typeof REFUSALS, string[]][]) {
  test(`${who} is refused ${paths.join(', ')}`, async ({ page }) => {
    await signIn(page, ACCOUNTS[who]);
    for (const [index, path] of paths.entries()) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { name: 'Behörighet saknas' })).toBeVisible();
      if (index === 0) await expectAccessible(page);
      if (who === 'union' && path.endsWith('/admin')) await screenshot(page, 'forbidden');
    }
  });
}
test('a union representative cannot open a draft plan by its address', async ({ page }) => {
  await signIn(page, ACCOUNTS.union);
  const response = await page.goto('/socialforvaltningen/plan/2026');
  expect(response?.status()).toBe(404);
});

test.describe('the statistics upload refuses whatever the page shows', () => {
  const file = {
    name: 'antal.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal\r\n2025;;;;;;5\r\n'),
  };
  const form = { org: 'socialforvaltningen', intent: 'preview', group: 'headcount', file };

  test('a union representative posting directly is refused and the attempt logged', async ({ page, baseURL }) => {
    await signIn(page, ACCOUNTS.union);
    const response = await page.request.post('/socialforvaltningen/statistik/import/fil', {
      headers: { Origin: baseURL! },
      multipart: form,
    });
    // Refused before the body is read (issue 6, item 17).
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain('Behörighet saknas för den här åtgärden.');
  });

  test('a post from another site is refused before anything is read', async ({ page }) => {
    await signIn(page, ACCOUNTS.hr);
    const response = await page.request.post('/socialforvaltningen/statistik/import/fil', {
      headers: { Origin: 'https://annan-webbplats.example' },
      multipart: form,
    });
    expect(response.status()).toBe(403);
  });
});
