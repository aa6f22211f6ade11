import { ACCOUNTS, expect, expectAccessible, normalized, screenshot, signIn, test } from './fixtures';

const PHONE = { width: 390, height: 844 };

test('a manager follows up five activities on a phone-sized screen using only the keyboard', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, ACCOUNTS.managerElderCare);
  await expect(page).toHaveURL(/\/norra-innerstaden$/);
  const start = normalized(await page.locator('main').innerText());
  expect(start).toMatch(/Behöver följas upp \(Tertial 2 2026\)\s*5/);

  const link = page.getByRole('link', { name: 'Följ upp dina aktiviteter' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mina aktiviteter' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'behöver följas upp' })).toHaveText(
    '5 av 8 aktiviteter behöver följas upp.',
  );
  // Last period's comment is there for reference.
  await expect(page.getByText('Förra uppföljningen (Tertial 1 2026').first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'manager-follow-up-phone');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  for (let done = 0; done < 5; done += 1) {
    const card = page.getByRole('article').filter({ hasText: 'Saknar uppföljning' }).first();
    const title = (await card.getByRole('heading', { level: 3 }).innerText()).trim();
    const saved = page.getByRole('article', { name: title });
    await saved.getByLabel('Status').focus();
    await page.keyboard.press('ArrowDown'); // Ej påbörjad → Pågår, or Pågår → Klar
    await page.keyboard.press('Tab');
    await expect(saved.getByLabel('Kommentar')).toBeFocused();
    await page.keyboard.type(`Uppföljning ${done + 1}: arbetet går enligt plan.`);
    await page.keyboard.press('Tab');
    await expect(saved.getByRole('button', { name: /^Spara uppföljning/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(saved.getByText('Uppföljningen är sparad.')).toBeVisible();
    await expect(saved.getByText(/Uppföljd \d{4}-\d{2}-\d{2}/)).toBeVisible();
    await expect(saved.getByLabel('Kommentar')).toHaveValue(`Uppföljning ${done + 1}: arbetet går enligt plan.`);
  }
  await expect(page.getByRole('status').filter({ hasText: 'uppföljda' })).toHaveText(
    'Alla 8 aktiviteter är uppföljda för perioden.',
  );
  await expectAccessible(page);
  await screenshot(page, 'manager-follow-up-done');

  await page.goto('/norra-innerstaden');
  const after = normalized(await page.locator('main').innerText());
  expect(after).toMatch(/Behöver följas upp \(Tertial 2 2026\)\s*0/);
  await expect(page.getByText('Alla aktiviteter är uppföljda för perioden.')).toBeVisible();
});

test('a manager cannot open another förvaltning’s follow-up page', async ({ page }) => {
  await signIn(page, ACCOUNTS.managerElderCare);
  const response = await page.goto('/socialforvaltningen/aktiviteter/mina');
  expect(response?.status()).toBe(403);
});
