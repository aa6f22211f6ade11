import { ACCOUNTS, expect, expectAccessible, normalized, screenshot, signIn, test } from './fixtures';

// Journeys of several saves and page loads: allow for a busy CI machine.
test.slow();

const PHONE = { width: 390, height: 844 };

test('a manager follows up five activities on a phone-sized screen using only the keyboard', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, ACCOUNTS.managerElderCare);
  await page.goto('/');
  await expect(page).toHaveURL(/\/norra-innerstaden$/);
  const start = normalized(await page.locator('main').innerText());
  expect(start).toMatch(/Behöver följas upp \(Tertial 2 2026\)\s*5/);

  // The deadline has passed: a reminder waits among the notices, linked from the header.
  await page.getByRole('link', { name: /^Notiser \(\d+ olästa\)$/ }).click();
  await expect(
    page.getByRole('link', { name: /^5 aktiviteter behöver följas upp för tertial 2 2026 – sista dag var/ }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.goto('/norra-innerstaden');

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

test('HR creates an activity and sees the coverage matrix and the follow-up overview update', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr);
  const overviewRow = async () => {
    await page.goto('/norra-innerstaden/aktiviteter/uppfoljning');
    const cells = await page
      .getByRole('row', { name: /^Äldreomsorg/ })
      .getByRole('cell')
      .allInnerTexts();
    return cells.map((c) => Number.parseInt(normalized(c), 10));
  };
  const [totalBefore, , , missingBefore] = await overviewRow();
  await expectAccessible(page);
  await screenshot(page, 'hr-follow-up-overview');

  await page.goto('/norra-innerstaden/aktiviteter');
  await expect(page.getByRole('heading', { level: 2, name: 'Täckning av SKR:s strategier' })).toBeVisible();
  const matrixRow = page
    .getByRole('table')
    .last()
    .getByRole('row', { name: /Värna arbetstiden/ });
  await expect(matrixRow).toContainText('Ingen aktivitet');
  await expectAccessible(page);
  await screenshot(page, 'hr-register-norra');

  await page.getByRole('link', { name: 'Ny aktivitet' }).click();
  await page.getByLabel('Vad ska vi uppnå? (mål)').fill('Mer tid för brukarna genom färre tidstjuvar');
  await page.getByLabel('Aktivitet', { exact: true }).fill('Kartlägga tidstjuvar i hemtjänstens planering');
  await page.getByLabel('UBARA-fas').selectOption({ label: 'Behålla' });
  await page.getByLabel('Värna arbetstiden').check();
  await page.getByLabel('Avdelning').selectOption({ label: 'Äldreomsorg' });
  await page.getByLabel('Måldatum').fill('2027-06-30');
  await page.getByLabel('Ansvarig').fill('A');
  await page.getByLabel('Status').selectOption({ label: 'Pågår' });
  // Refused (the owner is too short): everything typed stays, and the field says what is wrong.
  await page.getByRole('button', { name: 'Spara aktiviteten' }).click();
  await expect(page.getByText('Skriv vem som är ansvarig.')).toBeVisible();
  await expect(page.getByLabel('Vad ska vi uppnå? (mål)')).toHaveValue('Mer tid för brukarna genom färre tidstjuvar');
  await expect(page.getByLabel('Aktivitet', { exact: true })).toHaveValue(
    'Kartlägga tidstjuvar i hemtjänstens planering',
  );
  await expect(page.getByLabel('UBARA-fas').locator('option:checked')).toHaveText('Behålla');
  await expect(page.getByLabel('Värna arbetstiden')).toBeChecked();
  await expect(page.getByLabel('Avdelning').locator('option:checked')).toHaveText('Äldreomsorg');
  await expect(page.getByLabel('Måldatum')).toHaveValue('2027-06-30');
  await expect(page.getByLabel('Ansvarig')).toHaveValue('A');
  await expect(page.getByLabel('Status').locator('option:checked')).toHaveText('Pågår');
  await page.getByLabel('Ansvarig').fill('Avdelningschef äldreomsorg');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Spara aktiviteten' }).click();
  await expect(page.getByText('Aktiviteten är sparad.')).toBeVisible();

  await page.goto('/norra-innerstaden/aktiviteter');
  await expect(page.getByRole('cell', { name: /^Kartlägga tidstjuvar/ })).toBeVisible();
  await expect(matrixRow).not.toContainText('Ingen aktivitet');
  await matrixRow.getByRole('link', { name: /aktiviteter: Värna arbetstiden, Behålla/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Visar' })).toHaveText(/^Visar 1 av \d+ aktiviteter\.$/);

  const [totalAfter, , , missingAfter] = await overviewRow();
  expect(totalAfter).toBe(totalBefore! + 1);
  expect(missingAfter).toBe(missingBefore! + 1);
  await page.getByLabel(/Sista dag för uppföljning/).fill('2026-10-15');
  await page.getByRole('button', { name: 'Spara sista dag' }).click();
  await expect(page.getByText('Sista dag för tertial 2 2026 är 2026-10-15.')).toBeVisible();

  // The session ends before the next save: the server refuses it and the form keeps the date typed.
  await page.getByLabel(/Sista dag för uppföljning/).fill('2026-10-20');
  await page.context().clearCookies();
  await page.getByRole('button', { name: 'Spara sista dag' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Du är inte inloggad.' })).toBeVisible();
  await expect(page.getByLabel(/Sista dag för uppföljning/)).toHaveValue('2026-10-20');
});

test('a union rep reads the activities of a plan under samverkan, without edit buttons', async ({ page }) => {
  await signIn(page, ACCOUNTS.union);
  const response = await page.goto('/skarholmen/aktiviteter');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Aktiviteter' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ny aktivitet' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Ta bort/ })).toHaveCount(0);
  await expectAccessible(page);
});
