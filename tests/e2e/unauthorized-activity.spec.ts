import type { Page } from '@playwright/test';
import {
  type Caller,
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
 * An activity of Äldreomsorg and its follow-up, created for this run, opened and posted to by every wrong caller:
 * a manager of another department, an HR consultant of another förvaltning and a union rep (who never edits).
 * The rightful manager's follow-up form and HR's edit form are replayed with the wrong sessions.
 */
test.describe.configure({ mode: 'serial' });

const ORG = 'norra-innerstaden';
const OTHER = 'skarholmen';
const TITLE = `Behörighetsprov ${RUN}: mentorskap i hemtjänsten`;
const GOAL = `Hemligt mål ${RUN}`;

let admin: Page;
let hr: Page;
let editPath: string;
let editForm: [string, string][];
let followUpForm: [string, string][];
let owner: Caller;
const callers: Record<'otherManager' | 'otherOrgHr' | 'union', Caller> = {} as never;

test.beforeAll(async ({ people }) => {
  test.setTimeout(180_000);
  admin = await people.admin();
  hr = await people.hr();
  await hr.goto(`/${ORG}/aktiviteter`);
  await hr.getByRole('link', { name: 'Ny aktivitet' }).click();
  await hr.getByLabel('Vad ska vi uppnå? (mål)').fill(GOAL);
  await hr.getByLabel('Aktivitet', { exact: true }).fill(TITLE);
  await hr.getByLabel('UBARA-fas').selectOption({ label: 'Behålla' });
  await hr.getByLabel('Avdelning').selectOption({ label: 'Äldreomsorg' });
  await hr.getByLabel('Måldatum').fill('2027-06-30');
  await hr.getByLabel('Ansvarig').fill('Avdelningschef äldreomsorg');
  await hr.getByLabel('Status').selectOption({ label: 'Pågår' });
  await hr.getByRole('button', { name: 'Spara aktiviteten' }).click();
  await expect(hr.getByText('Aktiviteten är sparad.')).toBeVisible();
  await hr.goto(`/${ORG}/aktiviteter`);
  editPath = (await hr
    .getByRole('link', { name: new RegExp(`Ändra.*${RUN}|^${TITLE}`) })
    .first()
    .getAttribute('href'))!;
  expect(editPath).toMatch(new RegExp(`^/${ORG}/aktiviteter/[^/?]+$`));
  await hr.goto(editPath);
  editForm = await formEntries(hr.locator('form', { has: hr.getByRole('button', { name: 'Spara ändringarna' }) }));

  owner = await people.caller('managerElderCare');
  await owner.page.goto(`/${ORG}/aktiviteter/mina`);
  const card = owner.page.getByRole('article', { name: TITLE });
  await expect(card).toContainText('Saknar uppföljning');
  followUpForm = await formEntries(card.locator('form'));

  callers.otherManager = await people.caller('managerSocial');
  callers.otherOrgHr = await people.caller('hrSkarholmen');
  callers.union = await people.caller('unionNorra');
});

const SECRETS = [TITLE, GOAL];

test('a manager of another department neither sees nor follows up the activity', async () => {
  const { page, email } = callers.otherManager;
  await expectRefused(page, editPath, 403, SECRETS, { axe: true });
  const mine = await page.goto(`/${ORG}/aktiviteter/mina`);
  expect(mine?.status()).toBe(200);
  expect(await mine!.text()).not.toContain(TITLE);
  const register = await page.goto(`/${ORG}/aktiviteter`);
  expect(register?.status()).toBe(200);
  expect(await register!.text()).not.toContain(TITLE);
  await expectActionRefused(page, `/${ORG}/aktiviteter/mina`, followUpForm, { comment: 'Kapad uppföljning' });
  await expectActionRefused(page, editPath, editForm);
  await expectDenialLogged(admin, ORG, email, /via: activity\.follow-up/);
  await expectDenialLogged(admin, ORG, email, /what: edit:activity/);
});

test('an HR consultant of another förvaltning can neither open nor change it', async () => {
  const { page, email } = callers.otherOrgHr;
  await expectRefused(page, editPath, 403, SECRETS, { axe: true });
  await expectRefused(page, editPath.replace(`/${ORG}/`, `/${OTHER}/`), 404, SECRETS, { axe: true });
  await expectActionRefused(page, editPath.replace(`/${ORG}/`, `/${OTHER}/`), editForm, {
    org: OTHER,
    title: 'Kapad',
  });
  await expectActionRefused(page, `/${OTHER}/aktiviteter/mina`, followUpForm, {
    org: OTHER,
    comment: 'Kapad uppföljning',
  });
  await expectDenialLogged(admin, OTHER, email, /what: record-scope/);
});

test('a union rep cannot open the edit page nor post a follow-up', async () => {
  const { page, email } = callers.union;
  await expectRefused(page, editPath, 403, SECRETS, { axe: true });
  await expectRefused(page, `/${ORG}/aktiviteter/mina`, 403, SECRETS);
  await expectActionRefused(page, `/${ORG}/aktiviteter/mina`, followUpForm, { comment: 'Kapad uppföljning' });
  await expectDenialLogged(admin, ORG, email, /what: follow-up:activity/);
});

test('the activity is unchanged and still awaits its follow-up', async () => {
  await hr.goto(editPath);
  await expect(hr.getByLabel('Aktivitet', { exact: true })).toHaveValue(TITLE);
  await owner.page.goto(`/${ORG}/aktiviteter/mina`);
  await expect(owner.page.getByRole('article', { name: TITLE })).toContainText('Saknar uppföljning');
});

test('control: the owner’s own replay of the follow-up form is saved', async () => {
  const path = `/${ORG}/aktiviteter/mina`;
  await owner.page.goto(path);
  expect(await postForm(owner.page, path, followUpForm, { comment: `Kontrolluppföljning ${RUN}` })).toContain(
    'Uppföljningen är sparad.',
  );
  await owner.page.goto(path);
  await expect(owner.page.getByRole('article', { name: TITLE })).toContainText('Uppföljd');
});
