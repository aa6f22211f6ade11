import type { Page } from '@playwright/test';
import {
  type Caller,
  createOwnDraftPlan,
  expect,
  expectDenialLogged,
  expectRefused,
  expectActionRefused,
  formEntries,
  test,
} from './unauthorized';

/**
 * A draft plan and its sections, created by HR for this run, opened and posted to by every wrong caller: an HR
 * consultant of another förvaltning, a union rep (the draft is not under samverkan), a manager and an
 * administrator (neither may edit plans). Nothing changes and each refusal inside the förvaltning is logged.
 */
test.describe.configure({ mode: 'serial' });

const ORG = 'norra-innerstaden';
const OTHER = 'skarholmen';
const SECTION = 'Inledning och nulägesanalys';

let admin: Page;
let hr: Page;
let year: number;
let title: string;
let sectionPath: string;
let sendForm: [string, string][];
const callers: Record<'otherOrgHr' | 'union' | 'manager' | 'adminOnly', Caller> = {} as never;

test.beforeAll(async ({ people }) => {
  test.setTimeout(180_000);
  admin = await people.admin();
  hr = await people.hr();
  ({ year, title } = await createOwnDraftPlan(hr, ORG));
  sectionPath = (await hr.getByRole('link', { name: `Redigera ${SECTION}` }).getAttribute('href'))!;
  expect(sectionPath).toMatch(new RegExp(`^/${ORG}/plan/${year}/avsnitt/[^/]+$`));
  await hr.goto(`/${ORG}/plan/${year}`);
  sendForm = await formEntries(hr.locator('form', { has: hr.getByRole('button', { name: 'Skicka till samverkan' }) }));

  callers.otherOrgHr = await people.caller('hrSkarholmen');
  callers.union = await people.caller('unionNorra');
  callers.manager = await people.caller('managerSocial');
  callers.adminOnly = await people.caller('adminNorra');
});

const secretsOf = () => [title, SECTION];

test('an HR consultant of another förvaltning can open neither the plan nor its section', async () => {
  const { page, email } = callers.otherOrgHr;
  await expectRefused(page, `/${ORG}/plan/${year}`, 403, secretsOf(), { axe: true });
  await expectRefused(page, sectionPath, 403, secretsOf());
  // The section's id under their own förvaltning's address: hidden, not found.
  await expectRefused(page, sectionPath.replace(`/${ORG}/`, `/${OTHER}/`), 404, secretsOf(), { axe: true });
  // Sending the plan to samverkan, as their own förvaltning and as the plan's.
  await expectActionRefused(page, `/${OTHER}/plan/${year}`, sendForm, { org: OTHER });
  await expectActionRefused(page, `/${ORG}/plan/${year}`, sendForm);
  await expectDenialLogged(admin, OTHER, email, /what: record-scope/);
});

test('a union rep cannot open the draft (not under samverkan) nor edit a section', async () => {
  const { page, email } = callers.union;
  await expectRefused(page, `/${ORG}/plan/${year}`, 404, secretsOf(), { axe: true });
  await expectRefused(page, sectionPath, 403, secretsOf(), { axe: true });
  await expectActionRefused(page, `/${ORG}/plan/${year}`, sendForm);
  await expectDenialLogged(admin, ORG, email, /what: edit:plan/);
});

test('a manager reads the plan but cannot edit a section or send the plan', async () => {
  const { page, email } = callers.manager;
  await expectRefused(page, sectionPath, 403, [SECTION], { axe: true });
  await expectRefused(page, `${sectionPath}/historik`, 403, [SECTION]);
  await expectRefused(page, `/${ORG}/plan/${year}/avsnitt`, 403, []);
  await expectActionRefused(page, `/${ORG}/plan/${year}`, sendForm);
  await expectDenialLogged(admin, ORG, email, /what: edit:plan/);
});

test('an administrator without an HR role cannot read the plan', async () => {
  const { page, email } = callers.adminOnly;
  await expectRefused(page, `/${ORG}/plan/${year}`, 403, secretsOf(), { axe: true });
  await expectRefused(page, sectionPath, 403, secretsOf());
  await expectActionRefused(page, `/${ORG}/plan/${year}`, sendForm);
  await expectDenialLogged(admin, ORG, email, /what: edit:plan/);
});

test('HR finds the plan unchanged: still a draft, its sections as created', async () => {
  await hr.goto(`/${ORG}/plan/${year}`);
  await expect(hr.locator('.lead')).toContainText('Utkast');
  await expect(hr.getByRole('button', { name: 'Skicka till samverkan' })).toBeVisible();
  await hr.goto(`${sectionPath}/historik`);
  await expect(hr.getByRole('table', { name: 'Sparade versioner' }).getByRole('row')).toHaveCount(2);
});
