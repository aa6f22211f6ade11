import { createHash } from 'node:crypto';
import type { APIResponse, Page } from '@playwright/test';
import { normalized } from './fixtures';
import { type Chart, chartTables, numberPattern, pageAndPayloads } from './rsc-payload';
import {
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
 * Personalstatistik of Norra innerstaden for a year of this run's own: HR imports two files (Socialtjänst with a
 * cell of 3 people, Äldreomsorg), then every wrong caller tries the import (page, template, upload and confirm,
 * the definition form, the history) and reads what they may: a union rep never gets a small cell's number, in the
 * HTML or in a payload; a manager of Socialtjänst never gets Äldreomsorg's figures or file, whatever the address
 * asks for. HR re-reads everything unchanged, and HR's own replay of the upload and the form is accepted.
 */
test.describe.configure({ mode: 'serial' });

const ORG = 'norra-innerstaden';
const OTHER = 'skarholmen';
const SMALL = `Provyrke ${RUN}`;
const HIDDEN = `Hemligyrke ${RUN}`;
const SOCIAL_FILE = `personal-social-${RUN}.csv`;
const ELDER_FILE = `personal-aldre-${RUN}.csv`;
const HIJACK_FILE = `kapad-${RUN}.csv`;
const BIG = 4817; // Socialtjänst's socialsekreterare
const ELDER = 2963; // Äldreomsorg's only figure
const HEADER = 'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal';
const IMPORT = `/${ORG}/statistik/import`;
const TEMPLATE = `${IMPORT}/mall/headcount?format=csv`;

let hr: Page;
let admin: Page;
let year: number;
let departmentId: Record<'social' | 'elder', string>;
let definitionForm: [string, string][];
let hrCharts: Chart[];

const csv = (rows: string[]) => Buffer.from(`\ufeff${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8');
const elderFile = () => csv([`${year};Äldreomsorg;${HIDDEN};Tillsvidare;Man;50-59;${ELDER}`]);
const hijackFile = () => csv([`${year};Socialtjänst;${SMALL};Tillsvidare;Kvinna;40-49;1`]);

/** The upload as the import page's XHR posts it: the form's fields and the file, from the app's origin. */
async function upload(
  page: Page,
  path: string,
  file: { name: string; buffer: Buffer },
  intent: 'preview' | 'commit',
  org = ORG,
): Promise<APIResponse> {
  const checksum = createHash('sha256').update(file.buffer).digest('hex');
  return page.request.post(path, {
    headers: { Origin: new URL(page.url()).origin, Connection: 'close' },
    multipart: {
      org,
      intent,
      group: 'headcount',
      file: { name: file.name, mimeType: 'text/csv', buffer: file.buffer },
      ...(intent === 'commit' ? { checksum, [`befattning:${HIDDEN}`]: '__create__' } : {}),
    },
  });
}

/** The last NDJSON line of an upload's answer: the outcome. */
async function outcome(response: APIResponse): Promise<{ status: string; error?: string; message?: string }> {
  expect(response.status()).toBe(200);
  const lines = (await response.text()).trim().split('\n');
  return (JSON.parse(lines.at(-1)!) as { state: { status: string; error?: string; message?: string } }).state;
}

test.beforeAll(async ({ people }) => {
  test.setTimeout(180_000);
  hr = await people.hr();
  admin = await people.admin();
  // A year of its own (2000–2019 hold no demo data).
  await hr.goto(`/${ORG}/statistik`);
  const taken = await hr.locator('#ar option').allInnerTexts();
  year = 2000 + (Number.parseInt(RUN.slice(-4), 36) % 20);
  while (taken.includes(String(year))) year += 1;
  const option = (name: string) => hr.locator('#avdelning option', { hasText: name }).getAttribute('value');
  departmentId = { social: (await option('Socialtjänst'))!, elder: (await option('Äldreomsorg'))! };

  await hr.goto(IMPORT);
  await hr.getByLabel('Vad innehåller filen?').selectOption({ label: 'Antal anställda' });
  await hr.getByLabel('Fil', { exact: true }).setInputFiles({
    name: SOCIAL_FILE,
    mimeType: 'text/csv',
    buffer: csv([
      `${year};Socialtjänst;socialsekreterare;Tillsvidare;Kvinna;30-39;${BIG}`,
      `${year};Socialtjänst;${SMALL};Tillsvidare;Kvinna;40-49;3`,
    ]),
  });
  await hr.getByRole('button', { name: 'Förhandsgranska' }).click();
  await hr.getByRole('button', { name: 'Bekräfta import' }).click();
  await expect(hr.getByRole('status')).toContainText('Importen är klar: 2 värden sparade');
  // The second file straight to the upload route, as the page posts it: HR's own request is accepted.
  expect(
    await outcome(await upload(hr, `${IMPORT}/fil`, { name: ELDER_FILE, buffer: elderFile() }, 'commit')),
  ).toMatchObject({ status: 'done', message: 'Importen är klar: 1 värden sparade.' });

  await hr.goto(IMPORT);
  definitionForm = await formEntries(
    hr.locator('form', { has: hr.getByRole('button', { name: 'Spara definitionen' }) }),
  );
  await pageAndPayloads(hr, `/${ORG}/statistik?ar=${year}`);
  hrCharts = await chartTables(hr);
  const occupations = hrCharts.find((c) => c.title === 'De tio vanligaste befattningarna')!;
  expect(occupations.categories).toEqual(expect.arrayContaining([SMALL, HIDDEN]));
});

/** The import's every entry point, refused to the caller and logged; nothing is written. */
async function expectImportRefused(page: Page, email: string, member: boolean) {
  const secrets = [SOCIAL_FILE, ELDER_FILE];
  await expectRefused(page, IMPORT, 403, secrets, { axe: true });
  const template = await page.request.get(TEMPLATE);
  expect(template.status(), TEMPLATE).toBe(403);
  expect(await template.text()).not.toContain(HEADER);
  for (const intent of ['preview', 'commit'] as const) {
    const refused = await upload(page, `${IMPORT}/fil`, { name: HIJACK_FILE, buffer: hijackFile() }, intent);
    expect(refused.status(), `upload ${intent}`).toBe(403);
    expect(await refused.text()).toBe('Behörighet saknas för den här åtgärden.');
  }
  await expectActionRefused(page, IMPORT, definitionForm, { definition: `Kapad definition ${RUN}` });
  // A member is refused the permission; someone from another förvaltning the organisation (as every guard files it).
  const what = member ? 'import:statistics' : `organisation:${ORG}`;
  await expectDenialLogged(
    admin,
    ORG,
    email,
    new RegExp(`^(?=.*what: ${what})(?=.*via: statistics\\.import\\.upload)`, 's'),
  );
  await expectDenialLogged(admin, ORG, email, /via: organization\.turnover-definition/);
}

/** A Swedish number as a table shows it ("2 963"), or null for "<5", "–" and text. */
const numberIn = (display: string | undefined) =>
  display && /^\d[\d ]*$/.test(display) ? Number(display.replace(/ /g, '')) : null;

/** HR's value of each cell the caller's table hides ("<5", "–"), where it is large enough to be told apart in a page. */
function hiddenValues(charts: Chart[]): number[] {
  const values: number[] = [];
  for (const chart of charts) {
    const theirs = hrCharts.find((c) => c.title === chart.title);
    for (const series of chart.series)
      series.displays.forEach((display, i) => {
        if (display !== '<5' && display !== '–') return;
        const index = theirs?.categories.indexOf(chart.categories[i]!) ?? -1;
        const truth = numberIn(theirs?.series.find((s) => s.label === series.label)?.displays[index]);
        if (truth !== null && truth >= 100) values.push(truth);
      });
  }
  return values;
}

for (const [key, who] of [
  ['unionNorra', 'a union rep'],
  ['managerSocial', 'a manager'],
  ['adminNorra', 'an administrator who is not HR'],
  ['hrSkarholmen', 'HR of another förvaltning'],
] as [CallerKey, string][]) {
  test(`the import is refused to ${who}: page, template, upload, confirmation and definition`, async ({ people }) => {
    const { page, email } = await people.caller(key);
    await expectImportRefused(page, email, key !== 'hrSkarholmen');
  });
}

test('a union rep sees the small cell as "<5", and its number is in neither the HTML nor a payload', async ({
  people,
}) => {
  const { page } = await people.caller('unionNorra');
  for (const path of [
    `/${ORG}/statistik?ar=${year}`,
    `/${ORG}/statistik?ar=${year}&avdelning=${departmentId.social}`,
  ]) {
    const { html, payloads } = await pageAndPayloads(page, path);
    await expect(page.getByText('Uppgifter om färre än 5 personer visas inte').first()).toBeVisible();
    const chart = page.getByRole('region', { name: 'De tio vanligaste befattningarna' });
    await chart.getByText('Visa som tabell').click();
    await expect(chart.getByRole('row', { name: new RegExp(SMALL) })).toContainText(/<5|–/);
    const charts = await chartTables(page);
    const occupations = charts.find((c) => c.title === 'De tio vanligaste befattningarna')!;
    const small = occupations.categories.indexOf(SMALL);
    expect(small, `${path}: ${SMALL}`).toBeGreaterThanOrEqual(0);
    const permanent = occupations.series.find((s) => s.label === 'Tillsvidare')!;
    expect(['<5', '–']).toContain(permanent.displays[small]);
    // HR's figures are the organisation's: compared in the organisation view only.
    if (path.includes('avdelning')) continue;
    const hidden = hiddenValues(charts);
    expect(hidden.length, `${path}: hidden cells HR sees as large numbers`).toBeGreaterThan(0);
    for (const value of hidden)
      for (const text of [html, ...payloads])
        expect(text, `${path}: hidden ${value}`).not.toMatch(numberPattern(value));
  }
  await expectRefused(page, `/${ORG}/statistik/import`, 403, [SOCIAL_FILE]);
});

test('a manager of Socialtjänst gets no figure or file of Äldreomsorg, whatever the address asks for', async ({
  people,
}) => {
  const { page } = await people.caller('managerSocial');
  const base = `/${ORG}/statistik?ar=${year}`;
  for (const path of [
    base,
    `${base}&avdelning=${departmentId.elder}`,
    `${base}&avdelning=${departmentId.elder}&avdelning=${departmentId.social}`,
    `${base}&avdelning[]=${departmentId.elder}`,
    `/${ORG}/statistik?avdelning=${departmentId.elder}`,
  ]) {
    const { html, payloads } = await pageAndPayloads(page, path);
    await expect(page.getByText('Du ser statistiken för din avdelning: Socialtjänst.')).toBeVisible();
    for (const text of [html, ...payloads]) {
      expect(text, path).not.toContain(HIDDEN);
      expect(text, path).not.toContain(ELDER_FILE);
      expect(text, path).not.toMatch(numberPattern(ELDER));
    }
  }
  // Its own department's figures, with the file they came from as their source.
  await page.goto(base);
  expect(normalized(await page.locator('main').innerText())).toContain(`Import av ${SOCIAL_FILE}`);
});

test('HR of another förvaltning opens neither the dashboard nor the import, and cannot import from their own', async ({
  people,
}) => {
  const { page } = await people.caller('hrSkarholmen');
  await expectRefused(page, `/${ORG}/statistik?ar=${year}`, 403, [SMALL, HIDDEN, SOCIAL_FILE], { axe: true });
  // Their own upload address with this förvaltning's form: answered, nothing written.
  await page.goto(`/${OTHER}/statistik/import`);
  const answer = await outcome(
    await upload(page, `/${OTHER}/statistik/import/fil`, { name: HIJACK_FILE, buffer: hijackFile() }, 'commit'),
  );
  expect(answer).toMatchObject({ status: 'error', error: 'Formuläret hör till en annan förvaltning.' });
});

test('HR finds the figures, the history and the definition unchanged', async () => {
  await pageAndPayloads(hr, `/${ORG}/statistik?ar=${year}`);
  expect(await chartTables(hr)).toEqual(hrCharts);
  const occupations = hrCharts.find((c) => c.title === 'De tio vanligaste befattningarna')!;
  const thisYear = occupations.series.find((s) => s.label === 'Tillsvidare')!;
  const values = Object.fromEntries(occupations.categories.map((c, i) => [c, numberIn(thisYear.displays[i])]));
  expect(values).toMatchObject({ [SMALL]: 3, [HIDDEN]: ELDER, socialsekreterare: BIG });
  await hr.goto(IMPORT);
  const history = hr.getByRole('table', { name: 'Importhistorik' });
  await expect(history.getByRole('cell', { name: SOCIAL_FILE })).toHaveCount(1);
  await expect(history.getByRole('cell', { name: ELDER_FILE })).toHaveCount(1);
  await expect(history.getByRole('cell', { name: HIJACK_FILE })).toHaveCount(0);
  await expect(hr.getByLabel('Definition av personalomsättning')).toHaveValue(
    definitionForm.find(([k]) => k === 'definition')![1],
  );
});

test('control: HR’s own replay of the template, the upload and the definition form is accepted', async () => {
  await hr.goto(IMPORT);
  const template = await hr.request.get(TEMPLATE);
  expect(template.status()).toBe(200);
  expect(await template.text()).toContain(HEADER);
  expect(
    await outcome(await upload(hr, `${IMPORT}/fil`, { name: HIJACK_FILE, buffer: hijackFile() }, 'preview')),
  ).toMatchObject({ status: 'planned' });
  expect(await postForm(hr, IMPORT, definitionForm)).toContain('Definitionen är sparad');
});
