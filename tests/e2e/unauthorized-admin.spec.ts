import type { Locator, Page } from '@playwright/test';
import { ACCOUNTS } from './fixtures';
import {
  type Caller,
  type CallerKey,
  RUN,
  expect,
  expectActionRefused,
  expectDenialLogged,
  expectRefused,
  formEntries,
  postForm,
  test,
} from './unauthorized';

/**
 * Administration of users and access in Norra innerstaden: a user and a department of this run, and the
 * administrator's forms for them (Ny användare, Spara roller, Inaktivera, Logga ut överallt, Skapa lösenordslänk,
 * rename/move and close a department), opened and replayed by every wrong caller: HR, a manager, a union rep and
 * the administrator of another förvaltning. Nothing changes, each refusal is logged, and the administrator's own
 * replay of the same copied forms succeeds.
 */
test.describe.configure({ mode: 'serial' });

const ORG = 'norra-innerstaden';
const OTHER = 'skarholmen';
const DEPARTMENT = `Behörighetsprovet ${RUN}`;
const HIJACKED = `e2e.kapad.${RUN}@demo.test`;

type Forms = Record<'create' | 'roles' | 'active' | 'sessions' | 'link' | 'rename' | 'close', [string, string][]>;

let admin: Page;
let target: Caller;
let userPath: string;
let forms: Forms;

/** The form of the button, also one inside a closed disclosure ("Ändra"). */
const formWith = (page: Page, button: string): Locator =>
  page.locator('form', { has: page.getByRole('button', { name: button, exact: true, includeHidden: true }) });

/** The user's page address under the given organisation, found by the administrator's search. */
async function userPathOf(page: Page, org: string, email: string): Promise<string> {
  await page.goto(`/${org}/admin?q=${encodeURIComponent(email)}`);
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: email, exact: true }) });
  const href = await row.getByRole('link').getAttribute('href');
  expect(href).toMatch(new RegExp(`^/${org}/admin/anvandare/[^/]+$`));
  return href!;
}

test.beforeAll(async ({ people }) => {
  test.setTimeout(180_000);
  admin = await people.admin();
  target = await people.caller('adminTarget');
  await admin.goto(`/${ORG}/admin/avdelningar`);
  const create = formWith(admin, 'Lägg till avdelning');
  await create.getByLabel('Namn').fill(DEPARTMENT);
  await create.getByRole('button', { name: 'Lägg till avdelning' }).click();
  await expect(admin.getByText(`${DEPARTMENT} är tillagd.`)).toBeVisible();
  await admin.goto(`/${ORG}/admin/avdelningar`);
  const rename = await formEntries(formWith(admin, `Spara ${DEPARTMENT}`));
  const close = await formEntries(formWith(admin, `Stäng ${DEPARTMENT}`));

  userPath = await userPathOf(admin, ORG, target.email);
  await admin.goto(userPath);
  const roles = await formEntries(formWith(admin, 'Spara roller'));
  const active = await formEntries(formWith(admin, 'Inaktivera'));
  const sessions = await formEntries(formWith(admin, 'Logga ut överallt'));
  const link = await formEntries(formWith(admin, 'Skapa lösenordslänk'));

  // "Ny användare" as the administrator fills it in, not yet sent.
  await admin.goto(`/${ORG}/admin/anvandare/ny`);
  await admin.getByLabel('Namn').fill(`Kapad Användare ${RUN}`);
  await admin.getByLabel('E-post').fill(HIJACKED);
  await admin.getByRole('checkbox', { name: 'Administratör', exact: true }).check();
  const createUser = await formEntries(formWith(admin, 'Skapa användare'));
  // The wrong callers try to make the user an administrator and to rename the department.
  const toAdmin = roles
    .filter(([k]) => k !== 'roles')
    .concat([
      ['roles', 'HR'],
      ['roles', 'ADMIN'],
    ]);
  forms = {
    create: createUser,
    roles: toAdmin,
    active,
    sessions,
    link,
    rename: rename.map(([k, v]) => [k, k === 'name' ? `Kapad ${RUN}` : v]),
    close,
  };
});

/** Every form replayed with the caller's session to the address of the page it was copied from. */
async function expectEveryFormRefused(page: Page, change: Record<string, string> = {}, org = ORG) {
  const user = userPath.replace(`/${ORG}/`, `/${org}/`);
  await expectActionRefused(page, `/${org}/admin/anvandare/ny`, forms.create, change);
  for (const form of [forms.roles, forms.active, forms.sessions, forms.link])
    await expectActionRefused(page, user, form, change);
  for (const form of [forms.rename, forms.close])
    await expectActionRefused(page, `/${org}/admin/avdelningar`, form, change);
}

async function expectPagesRefused(page: Page) {
  const secrets = [target.email, DEPARTMENT];
  await expectRefused(page, `/${ORG}/admin`, 403, secrets, { axe: true });
  await expectRefused(page, userPath, 403, secrets);
  await expectRefused(page, `/${ORG}/admin/anvandare/ny`, 403, secrets);
  await expectRefused(page, `/${ORG}/admin/avdelningar`, 403, secrets);
  await expectRefused(page, `/${ORG}/admin/logg?q=${encodeURIComponent(target.email)}`, 403, secrets);
}

for (const [key, role] of [
  ['hrNorra', 'an HR consultant'],
  ['managerSocial', 'a manager'],
  ['unionNorra', 'a union rep'],
] as [CallerKey, string][]) {
  test(`${role} opens no administration page and no replayed admin form is accepted`, async ({ people }) => {
    const { page, email } = await people.caller(key);
    await expectPagesRefused(page);
    await expectEveryFormRefused(page);
    await expectDenialLogged(admin, ORG, email, /^(?=.*what: admin:users)(?=.*via: admin\.user\.roles)/s);
    await expectDenialLogged(admin, ORG, email, /via: admin\.department\.update/);
  });
}

test('the administrator of another förvaltning neither opens nor changes this one’s users and departments', async ({
  people,
}) => {
  const { page, email } = await people.caller('adminSkarholmen');
  await expectPagesRefused(page);
  // The same forms for this förvaltning, and with their own förvaltning's name posted to their own pages.
  await expectEveryFormRefused(page);
  await expectRefused(page, userPath.replace(`/${ORG}/`, `/${OTHER}/`), 404, [target.email]);
  for (const form of [forms.roles, forms.active, forms.sessions, forms.link])
    await expectActionRefused(page, userPath.replace(`/${ORG}/`, `/${OTHER}/`), form, { org: OTHER });
  for (const form of [forms.rename, forms.close])
    await expectActionRefused(page, `/${OTHER}/admin/avdelningar`, form, { org: OTHER });
  await expectDenialLogged(admin, ORG, email, /what: organisation:norra-innerstaden/);
  await expectDenialLogged(admin, OTHER, email, /^(?=.*what: record-scope)(?=.*via: admin\.user\.roles)/s);
});

test('the administrator of another förvaltning cannot issue a password link for an administrator of all of them', async ({
  people,
}) => {
  // admin@demo.test has roles in Skärholmen too, so its administrator sees the account and its forms; a link
  // would sign them in as the administrator of every förvaltning and the system administrator.
  const { page, email } = await people.caller('adminSkarholmen');
  const path = await userPathOf(page, OTHER, ACCOUNTS.admin);
  await page.goto(path);
  const link = await formEntries(formWith(page, 'Skapa lösenordslänk'));
  const answer = await postForm(page, path, link);
  expect(answer).toContain('är systemadministratör. Bara en systemadministratör kan ändra hens konto.');
  expect(answer).not.toMatch(/\/losenord\/[A-Za-z0-9_-]{43}/);
  await page.goto(path);
  await expect(page.locator('dl')).not.toContainText('en oanvänd lösenordslänk');
  await expectDenialLogged(admin, OTHER, email, /^(?=.*what: record-scope)(?=.*via: admin\.user\.password-link)/s);
});

test('the administrator finds the user, the department and the sessions unchanged', async () => {
  await admin.goto(userPath);
  await expect(admin.locator('.lead')).toContainText('Aktiv');
  await expect(admin.getByRole('checkbox', { name: 'HR-konsult', exact: true })).toBeChecked();
  await expect(admin.getByRole('checkbox', { name: 'Administratör', exact: true })).not.toBeChecked();
  await expect(admin.locator('dl')).not.toContainText('en oanvänd lösenordslänk');
  await expect(admin.getByText(/^1 öppen inloggning/)).toBeVisible();
  expect((await target.page.goto(`/${ORG}`))?.url()).not.toContain('/logga-in');
  await admin.goto(`/${ORG}/admin?q=${encodeURIComponent(HIJACKED)}`);
  await expect(admin.getByText(`Ingen användare matchar "${HIJACKED}".`)).toBeVisible();
  await admin.goto(`/${ORG}/admin/avdelningar`);
  const row = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: DEPARTMENT, exact: true }) });
  await expect(row).toContainText('Öppen');
  await expect(admin.getByText(`Kapad ${RUN}`)).toHaveCount(0);
});

test('control: the administrator’s own replay of the same copied forms is accepted', async () => {
  const answer = (path: string, form: [string, string][]) => postForm(admin, path, form);
  expect(await answer(`/${ORG}/admin/anvandare/ny`, forms.create)).toContain(`Kapad Användare ${RUN} är skapad.`);
  expect(await answer(userPath, forms.link)).toContain(`Ny lösenordslänk för ${target.name}.`);
  expect(await answer(userPath, forms.sessions)).toContain('1 inloggning avslutades.');
  expect((await target.page.goto(`/${ORG}`))?.url()).toContain('/logga-in');
  expect(await answer(userPath, forms.roles)).toContain('Rollerna är sparade');
  expect(await answer(userPath, forms.active)).toContain(`${target.name} är inaktiverad.`);
  expect(await answer(`/${ORG}/admin/avdelningar`, forms.rename)).toContain(`Kapad ${RUN} är sparad.`);
  expect(await answer(`/${ORG}/admin/avdelningar`, forms.close)).toContain(`Kapad ${RUN} är stängd.`);
});
