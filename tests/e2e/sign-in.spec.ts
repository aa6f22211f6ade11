import { ACCOUNTS, PASSWORD, expect, expectAccessible, screenshot, signInWithForm, test } from './fixtures';

const HOSTILE = ['/%09/evil.example/x', '/%0a/evil.example', '/%5Cevil.example', '//evil.example', '/.//evil.example'];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form posts, signs in and never puts the password in a URL', async ({ page }) => {
    const requests: { method: string; url: string }[] = [];
    page.on('request', (r) => requests.push({ method: r.method(), url: r.url() }));
    await page.goto('/logga-in?callbackUrl=%2Fsocialforvaltningen%2Fstatistik%3Far%3D2023');
    await page.getByLabel('E-post').fill(ACCOUNTS.hr);
    await page.getByLabel('Lösenord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await expect(page).toHaveURL(/\/socialforvaltningen\/statistik\?ar=2023$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => new URL(r.url).pathname)).toEqual(['/logga-in']);
    for (const { url } of requests) {
      expect(url).not.toContain(encodeURIComponent(PASSWORD));
      expect(url).not.toContain('Demo-2026');
    }
  });

  test('a wrong password shows the Swedish message and keeps the e-mail', async ({ page }) => {
    await page.goto('/logga-in');
    await page.getByLabel('E-post').fill(ACCOUNTS.union);
    await page.getByLabel('Lösenord').fill('fel-lösenord');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await expect(page.locator('.alert[role=alert]')).toHaveText('Fel e-postadress eller lösenord. Försök igen.');
    await expect(page.getByLabel('E-post')).toHaveValue(ACCOUNTS.union);
    expect(page.url()).not.toContain('fel-l');
    await screenshot(page, 'login-error-without-javascript'); // axe needs JavaScript: checked with it below
  });
});

test('repeated failures lock the account with the minutes to wait', async ({ page }) => {
  await page.goto('/logga-in');
  const email = `okand-${Date.now()}@demo.test`; // an unknown account is treated exactly like a known one
  for (let i = 0; i < 5; i += 1) {
    await page.getByLabel('E-post').fill(email);
    await page.getByLabel('Lösenord').fill(`fel-${i}`);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await expect(page.getByLabel('Lösenord')).toHaveValue(''); // the form is reset when the answer arrives
    await expect(page.locator('.alert[role=alert]')).toBeVisible();
  }
  await expect(page.locator('.alert[role=alert]')).toHaveText(
    'För många misslyckade inloggningar. Försök igen om 15 minuter.',
  );
  await expectAccessible(page);
  await screenshot(page, 'login-locked');
});

test('a signed-in visitor is never sent to another host by the sign-in page', async ({ page, baseURL }) => {
  await signInWithForm(page, ACCOUNTS.hr);
  for (const payload of HOSTILE) {
    const response = await page.request.get(`/logga-in?callbackUrl=${payload}`, { maxRedirects: 0 });
    expect(response.status(), payload).toBeGreaterThanOrEqual(300);
    const location = response.headers()['location']!;
    expect(new URL(location, baseURL).host, `${payload} → ${location}`).toBe(new URL(baseURL!).host);
  }
});

test('the form’s return address is checked again on the server', async ({ page, baseURL }) => {
  await page.goto('/logga-in');
  await page.locator('input[name=returnTo]').evaluate((input: HTMLInputElement) => {
    input.value = '/\t/evil.example/x';
  });
  await page.getByLabel('E-post').fill(ACCOUNTS.union);
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
  expect(new URL(page.url()).host).toBe(new URL(baseURL!).host);
});

test('after sign-out the old session cookie no longer opens a page', async ({ page, browser, baseURL }) => {
  await signInWithForm(page, ACCOUNTS.hr);
  const kept = await page.context().cookies();
  expect(kept.map((c) => c.name)).toContain('next-auth.session-token');
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.waitForURL(/\/logga-in/);

  const replay = await browser.newContext({ baseURL });
  await replay.addCookies(kept);
  const response = await replay.request.get('/socialforvaltningen', { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.headers()['location']).toMatch(/\/logga-in/);
  await replay.close();
});
