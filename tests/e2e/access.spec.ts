import { ACCOUNTS, expect, expectAccessible, screenshot, signIn, test } from './fixtures';

const REFUSALS: { who: keyof typeof ACCOUNTS; path: string }[] = [
  { who: 'union', path: '/skarholmen/admin' },
  { who: 'union', path: '/socialforvaltningen/aktiviteter/ny' }, // reads activities under samverkan, never edits
  { who: 'union', path: '/norra-innerstaden' }, // not a member of this förvaltning
  { who: 'managerSocialSupport', path: '/socialforvaltningen/samverkan' },
  { who: 'managerSocialSupport', path: '/socialforvaltningen/admin' },
  { who: 'managerElderCare', path: '/socialforvaltningen' },
  { who: 'hr', path: '/norra-innerstaden/admin' },
  { who: 'admin', path: '/norra-innerstaden/aktiviteter' },
];

for (const { who, path } of REFUSALS) {
  test(`${who} is refused ${path}`, async ({ page }) => {
    await signIn(page, ACCOUNTS[who]);
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Behörighet saknas' })).toBeVisible();
    await expectAccessible(page);
    if (who === 'union' && path.endsWith('/admin')) await screenshot(page, 'forbidden');
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
