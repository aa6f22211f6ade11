import { ACCOUNTS, PASSWORD, expect, expectAccessible, mainMenu, screenshot, signIn, test } from './fixtures';

/**
 * Administration of access, end to end: the administrator creates a manager, the manager chooses a password
 * through the one-time link and sees only their department; the administrator deactivates them (their open
 * session ends on the next request), closes their department (and is told to move them) and finds it all in the log.
 */
test('an administrator creates, scopes, deactivates a user, closes a department and searches the log', async ({
  browser,
  page,
}) => {
  test.setTimeout(420_000); // one long story on a shared 2-core machine
  const email = `e2e.chef.${Date.now()}@demo.test`;
  const password = 'Ett långt lösenord 2026';

  await signIn(page, ACCOUNTS.admin);
  await page.goto('/norra-innerstaden/admin');
  await expect(page.getByRole('heading', { name: 'Användare och roller' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Ny användare' }).click();
  await expect(page.getByRole('heading', { name: 'Ny användare', level: 1 })).toBeVisible();

  // A refused submission says what is wrong, next to the field, and keeps what was typed.
  await page.getByLabel('Namn').fill('Erik Testchef');
  await page.getByLabel('E-post').fill(email);
  await page.getByRole('checkbox', { name: 'Chef' }).check();
  await page.getByRole('button', { name: 'Skapa användare' }).click();
  await expect(page.getByText('Välj minst en avdelning för rollen Chef.')).toBeVisible();
  await expect(page.getByLabel('Namn')).toHaveValue('Erik Testchef');
  await expectAccessible(page);

  await page.getByRole('checkbox', { name: 'Förskola', exact: true }).check();
  await page.getByRole('button', { name: 'Skapa användare' }).click();
  await expect(page.getByText('Erik Testchef är skapad.')).toBeVisible();
  const link = await page.getByLabel('Länk för att välja lösenord').inputValue();
  expect(link).toMatch(/\/losenord\/[A-Za-z0-9_-]{43}$/);
  await screenshot(page, 'admin-new-user');
  await expectAccessible(page);

  // The new user, in a browser of their own.
  const theirs = await browser.newContext();
  const them = await theirs.newPage();
  await them.goto(link);
  await expect(them.getByRole('heading', { name: 'Välj lösenord' })).toBeVisible();
  await expectAccessible(them);
  await them.getByLabel('Nytt lösenord').fill(password);
  await them.getByLabel('Upprepa lösenordet').fill(password);
  await them.getByRole('button', { name: 'Spara lösenord' }).click();
  await expect(them.getByText('Lösenordet är sparat.')).toBeVisible();
  await screenshot(them, 'admin-set-password');
  await signIn(them, email, password);
  await them.goto('/');
  await expect(mainMenu(them).getByRole('link', { name: 'Personalstatistik' })).toBeVisible();
  await expect(mainMenu(them).getByRole('link', { name: 'Administration' })).toHaveCount(0);
  await them.goto('/norra-innerstaden/statistik');
  await expect(them.getByText('Du ser statistiken för din avdelning: Förskola.')).toBeVisible();
  expect((await them.goto('/norra-innerstaden/admin'))?.status()).toBe(403);
  // The link is spent.
  await them.goto(link);
  await expect(them.getByText(/Länken är ogiltig, redan använd eller har gått ut/)).toBeVisible();

  // The administrator finds the user and deactivates them.
  await page.goto('/norra-innerstaden/admin');
  await page.getByRole('searchbox', { name: 'Sök på namn eller e-post' }).fill(email);
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page.getByText(`1 användare matchar "${email}".`)).toBeVisible();
  await page.getByRole('link', { name: 'Erik Testchef' }).click();
  await expect(page.getByRole('heading', { name: 'Erik Testchef', level: 1 })).toBeVisible();
  await expect(page.getByText(/1 öppen inloggning/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Inaktivera' }).click();
  await expect(page.getByText(/Erik Testchef är inaktiverad\. 1 öppna inloggningar avslutades/)).toBeVisible();
  await screenshot(page, 'admin-user-deactivated');

  // Their next request is signed out.
  await them.goto('/norra-innerstaden/statistik');
  await expect(them).toHaveURL(/\/logga-in/);
  await theirs.close();

  // The administrator closes the department and is told to move its manager.
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Avdelningar' }).click();
  await expect(page.getByRole('heading', { name: 'Avdelningar', level: 1 })).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole('row', { name: /^Förskola/ });
  await row.getByRole('button', { name: 'Stäng Förskola' }).click();
  await expect(row.getByText(/Förskola är stängd/)).toBeVisible();
  await expect(row.getByText(/Erik Testchef har fortfarande Förskola som sitt ansvar/)).toBeVisible();
  await page.reload();
  await expect(page.getByText('Chefer med stängda avdelningar.')).toBeVisible();
  await expect(page.getByRole('row', { name: /^Förskola/ }).getByText(/Stängd/)).toBeVisible();
  await screenshot(page, 'admin-departments');
  await expectAccessible(page);

  // The log, searched by the user and by the action.
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Logg' }).click();
  await page.getByLabel('Användare (namn eller e-post)').fill(email);
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  const table = page.getByRole('table');
  await expect(table.getByText('Användare skapad eller tillagd')).toBeVisible();
  await expect(table.getByText('Användare aktiverad eller inaktiverad')).toBeVisible();
  await expect(table.getByText('aktiv: ja → nej')).toBeVisible();
  await page.getByLabel('Användare (namn eller e-post)').fill('');
  await page.getByLabel('Händelse').selectOption({ label: 'Avdelning stängd' });
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page.getByRole('table').getByText('Avdelning stängd')).toBeVisible();
  await expect(page.getByRole('table').getByText('Förskola', { exact: true })).toBeVisible();
  await screenshot(page, 'admin-log');
  await expectAccessible(page);
});

test('only a system administrator reaches /system, from the menu', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.hr);
  expect((await page.goto('/system'))?.status()).toBe(403);
  await page.goto('/norra-innerstaden');
  await expect(mainMenu(page).getByRole('link', { name: 'Systemadministration' })).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, ACCOUNTS.admin, PASSWORD);
  await page.goto('/norra-innerstaden');
  await mainMenu(page).getByRole('link', { name: 'Systemadministration' }).click();
  await expect(page.getByRole('heading', { name: 'Förvaltningar', level: 1 })).toBeVisible();
  await page.getByLabel('Förvaltningens namn').fill('Kulturförvaltningen');
  await page.getByLabel('Adressnamn').fill('kulturforvaltningen');
  await page.getByLabel('Nämnd').fill('Kulturnämnden');
  await page.getByRole('button', { name: 'Skapa förvaltning' }).click();
  await expect(page.getByText('Kulturförvaltningen är skapad.')).toBeVisible();
  const article = page.getByRole('article', { name: 'Kulturförvaltningen' });
  await article.getByLabel('Namn').fill('Karin Kultur');
  await article.getByLabel('E-post').fill('karin.kultur@demo.test');
  await article.getByRole('button', { name: /Utse administratör/ }).click();
  await expect(article.getByText(/Karin Kultur är skapad som administratör/)).toBeVisible();
  await expect(article.getByLabel('Länk för att välja lösenord')).toHaveValue(/\/losenord\//);
  await screenshot(page, 'system-organisations');
  await expectAccessible(page);

  // Sign-ins of every account, with their outcome and address (HR's, a moment ago).
  await mainMenu(page).getByRole('link', { name: 'Inloggningar' }).click();
  await expect(page.getByRole('heading', { name: 'Inloggningar', level: 1 })).toBeVisible();
  await page.getByLabel('Konto (e-post)').fill(ACCOUNTS.hr);
  await page.getByLabel('Händelse').selectOption({ label: 'Inloggningar' });
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  const row = page.getByRole('row', { name: /hr@demo\.test/ }).first();
  await expect(row).toContainText('Lyckad (lösenord)');
  await expect(row).toContainText(/127\.0\.0\.1|::1/);
  await screenshot(page, 'system-sign-ins');
  await expectAccessible(page);
});
