import { ACCOUNTS, expect, expectAccessible, mainMenu, normalized, screenshot, signIn, test } from './fixtures';

test.describe('sign-in', () => {
  test('the form is labelled and wrong credentials give one clear message', async ({ page }) => {
    await page.goto('/logga-in');
    await expect(page.getByRole('heading', { name: 'Kompetensplan' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('E-post').fill(ACCOUNTS.hr);
    await page.getByLabel('Lösenord').fill('fel-lösenord');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await expect(page.locator('.alert[role=alert]')).toHaveText('Fel e-postadress eller lösenord. Försök igen.');
    await page.getByLabel('E-post').fill('ingen@demo.test');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await expect(page.locator('.alert[role=alert]')).toHaveText('Fel e-postadress eller lösenord. Försök igen.');
    await expectAccessible(page);
    await screenshot(page, 'login-error');
  });

  test('a signed-out visitor is sent to the sign-in page and back to the deep link', async ({ page }) => {
    await page.goto('/socialforvaltningen/statistik?ar=2023');
    await expect(page).toHaveURL(/\/logga-in\?callbackUrl=/);
    await page.getByLabel('E-post').fill(ACCOUNTS.hr);
    await page.getByLabel('Lösenord').fill('Demo-2026!');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await expect(page).toHaveURL(/\/socialforvaltningen\/statistik\?ar=2023$/);
  });
});

test('HR sees the organisation key figures from the seeds', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr);
  await page.goto('/socialforvaltningen');
  await expect(page.getByRole('heading', { level: 1, name: 'Socialförvaltningen' })).toBeVisible();
  const text = normalized(await page.locator('main').innerText());
  for (const figure of ['1 016', '86', '7,3 %', '11,18 %', '6,2 %', 'Mål 6 %', '1,9 %', 'Mål 2,00 %', '83']) {
    expect(text, figure).toContain(figure);
  }
  await expectAccessible(page);
  await screenshot(page, 'hr-socialforvaltningen');

  await page
    .getByRole('button', { name: /Förvaltning/ })
    .or(page.locator('summary'))
    .first()
    .click();
  await page.getByRole('link', { name: 'Norra innerstadens stadsdelsförvaltning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Norra innerstadens stadsdelsförvaltning' })).toBeVisible();
  const norra = normalized(await page.locator('main').innerText());
  expect(norra).toContain('2 333');
  expect(norra).toContain('91 %');
  await expectAccessible(page);
  await screenshot(page, 'hr-norra-innerstaden');

  await mainMenu(page).getByRole('link', { name: 'Planen' }).click();
  await page.getByRole('link', { name: /2027/ }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Inledning och nulägesanalys' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'hr-plan-norra');
});

test('a manager sees only their own department and what needs follow-up', async ({ page }) => {
  await signIn(page, ACCOUNTS.managerSocialSupport);
  await page.goto('/');
  await expect(page).toHaveURL(/\/socialforvaltningen$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mina aktiviteter' })).toBeVisible();
  await expect(page.getByText('Avdelningen för socialt stöd').first()).toBeVisible();
  await expect(page.getByText('Behöver följas upp').first()).toBeVisible();
  const departments = await page.locator('tbody tr td:nth-child(2)').allInnerTexts();
  expect(departments.length).toBeGreaterThan(0);
  expect(new Set(departments)).toEqual(new Set(['Avdelningen för socialt stöd']));
  await expectAccessible(page);
  await screenshot(page, 'manager-socialt-stod');

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.waitForURL(/\/logga-in/);
  await signIn(page, ACCOUNTS.managerElderCare);
  await page.goto('/');
  await expect(page).toHaveURL(/\/norra-innerstaden$/);
  const elderCare = await page.locator('tbody tr td:nth-child(2)').allInnerTexts();
  expect(new Set(elderCare)).toEqual(new Set(['Äldreomsorg']));
  await expectAccessible(page);
  await screenshot(page, 'manager-aldreomsorg');
});

test('a union representative sees the plans open for review with questions and answers', async ({ page }) => {
  await signIn(page, ACCOUNTS.union);
  await page.goto('/skarholmen');
  await expect(page.getByRole('heading', { level: 1, name: 'Planer under samverkan' })).toBeVisible();
  await expect(page.getByText('Akademikerförbundet SSR').first()).toBeVisible();
  await expect(page.getByText(/personalomsättningen/i).first()).toBeVisible();
  await expect(page.getByText('Arbetsgivarens svar').first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'union-skarholmen');
  await mainMenu(page).getByRole('link', { name: 'Planen' }).click();
  const plans = await page.locator('tbody tr').allInnerTexts();
  expect(plans.join('\n')).not.toContain('Utkast');
  await expectAccessible(page);
});

test('an administrator sees users and reference data', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'hr@demo.test' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'admin-start');
  await mainMenu(page).getByRole('link', { name: 'Administration', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'SKR:s strategier' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Arbeta med friskfaktorer' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'admin-reference');
});
