import type { Page } from '@playwright/test';
import { ACCOUNTS } from './fixtures';
import {
  type Caller,
  RUN,
  createOwnDraftPlan,
  expect,
  expectActionRefused,
  expectDenialLogged,
  expectRefused,
  formEntries,
  postForm,
  signedIn,
  test,
} from './unauthorized';

/**
 * A samverkan meeting of Skärholmen, created by HR for this run with one union invited (Akademikerförbundet SSR)
 * and a plan of its own sent to it, opened and posted to by the wrong callers: a rep of a union not invited and an
 * HR consultant of another förvaltning. The invited rep's "Ställ en fråga" form is replayed with their sessions;
 * no question is received.
 */
test.describe.configure({ mode: 'serial' });

const ORG = 'skarholmen';
const OTHER = 'norra-innerstaden';
const SUBJECT = `Behörighetsprov ${RUN}`;
const PLACE = `Hemligt sammanträdesrum ${RUN}`;
const DIARIENUMMER = `SKH ${RUN}/1`;
const HIJACK = `Kapad fråga ${RUN}`;
const SECRETS = [SUBJECT, PLACE, DIARIENUMMER];

let admin: Page;
let hr: Page;
let rep: Page;
let meetingPath: string;
let askForm: [string, string][];
const callers: Record<'uninvitedRep' | 'otherOrgHr', Caller> = {} as never;

test.beforeAll(async ({ browser, people }) => {
  test.setTimeout(180_000);
  admin = await people.admin();
  hr = await people.hr();
  // A plan of this run's own, so the meeting reviews nothing another spec changes.
  const { title } = await createOwnDraftPlan(hr, ORG);

  await hr.goto(`/${ORG}/samverkan`);
  await hr.getByRole('link', { name: 'Nytt möte' }).click();
  await hr.getByLabel('Datum').fill(new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10));
  await hr.getByLabel('Plats').fill(PLACE);
  await hr.getByLabel('Punkt på dagordningen').fill('9.9');
  await hr.getByLabel('Ärende').fill(SUBJECT);
  await hr.getByLabel('Diarienummer (valfritt)').fill(DIARIENUMMER);
  await hr.getByLabel('Akademikerförbundet SSR').check();
  await hr.getByRole('button', { name: 'Skapa möte' }).click();
  await expect(hr.getByRole('heading', { level: 1, name: `Förvaltningsgrupp, punkt 9.9: ${SUBJECT}` })).toBeVisible();
  meetingPath = new URL(hr.url()).pathname;
  expect(meetingPath).toMatch(new RegExp(`^/${ORG}/samverkan/[^/]+$`));
  await hr.getByLabel('Plan', { exact: true }).selectOption({ label: `${title} (Utkast)` });
  await hr.getByRole('button', { name: 'Skicka till samverkan' }).click();
  await hr.getByRole('dialog').getByRole('button', { name: 'Skicka till samverkan' }).click();
  await expect(hr.getByText(`Granskas: ${title}, version 1`, { exact: false })).toBeVisible();

  // The invited SSR rep's form, as the server renders it for them.
  rep = await signedIn(browser, ACCOUNTS.union);
  await rep.goto(meetingPath);
  const ask = rep.locator('form', { has: rep.getByRole('button', { name: 'Ställ en fråga' }) }).first();
  askForm = await formEntries(ask);
  expect(askForm.map(([k]) => k)).toEqual(expect.arrayContaining(['meetingId', 'sectionId', 'question']));

  callers.uninvitedRep = await people.caller('unionSkarholmen');
  callers.otherOrgHr = await people.caller('hrNorra');
});

test('a rep of a union not invited neither sees the meeting nor asks a question', async () => {
  const { page, email } = callers.uninvitedRep;
  await expectRefused(page, meetingPath, 404, SECRETS, { axe: true });
  await expectRefused(page, `${meetingPath}/protokoll`, 404, SECRETS);
  const list = await page.goto(`/${ORG}/samverkan`);
  expect(list?.status()).toBe(200);
  const html = await list!.text();
  for (const secret of SECRETS) expect(html, `/${ORG}/samverkan shows "${secret}"`).not.toContain(secret);
  const docx = await page.request.get(`${meetingPath}/protokoll/word`);
  expect(docx.status()).toBe(403);
  expect(await docx.text()).not.toContain(SUBJECT);
  await expectActionRefused(page, meetingPath, askForm, { question: HIJACK });
  await expectDenialLogged(admin, ORG, email, /^(?=.*what: record-scope)(?=.*via: review\.question\.ask)/s);
  await expectDenialLogged(admin, ORG, email, /via: review\.protocol\.docx/);
});

test('an HR consultant of another förvaltning neither sees the meeting nor asks a question', async () => {
  const { page, email } = callers.otherOrgHr;
  await expectRefused(page, meetingPath, 403, SECRETS, { axe: true });
  // The meeting's id under their own förvaltning's address: hidden, not found.
  const own = meetingPath.replace(`/${ORG}/`, `/${OTHER}/`);
  await expectRefused(page, own, 404, SECRETS, { axe: true });
  await expectActionRefused(page, meetingPath, askForm, { question: HIJACK });
  await expectActionRefused(page, own, askForm, { org: OTHER, question: HIJACK });
  await expectDenialLogged(admin, OTHER, email, /what: review:ask/);
});

test('HR finds no question received on the meeting', async () => {
  const response = await hr.goto(meetingPath);
  expect(response?.status()).toBe(200);
  await expect(hr.getByText(`Granskas: `, { exact: false })).toBeVisible();
  await expect(hr.locator('article.question')).toHaveCount(0);
  expect(await response!.text()).not.toContain(HIJACK);
});

test('control: the invited rep’s own replay of the form is received, and HR reads it', async () => {
  const rightful = `Kontrollfråga ${RUN}`;
  expect(await postForm(rep, meetingPath, askForm, { question: rightful })).toContain('Frågan är mottagen.');
  await hr.goto(meetingPath);
  await expect(hr.locator('article.question')).toHaveCount(1);
  await expect(hr.locator('article.question')).toContainText(rightful);
});
