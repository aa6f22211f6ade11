import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, normalized, screenshot, signIn, test } from './fixtures';

/**
 * Samverkan (issue 9), in order on one database: HR creates a meeting and sends Skärholmen's plan; the SSR rep
 * asks two questions on two sections (one quoting a selected passage); HR answers; the protocol text and its
 * .docx read right (opened with mammoth and rendered); HR revises and adopts the plan and the comparison shows what
 * changed. At the end the plan is reopened and sent to samverkan again, as the other specs expect to find it.
 */
test.describe.configure({ mode: 'serial' });

const PLAN = '/skarholmen/plan/2027';
const MEETING_NAME = 'Förvaltningsgrupp, punkt 6.1: Kompetensförsörjningsplanen';
const QUOTE = 'Utgått från SKR:s 9 strategier, fokus på 6 av 9';
const Q1 = 'Varför har förvaltningen valt just dessa sex strategier?';
const Q2 = 'Var finns HR, administration och nämnd samt Ekonomi, upphandling och lokal i planen?';
const A1 = 'Arbetsgivaren svarar att de sex strategierna valdes efter dialogen med avdelningarna.';
const A2 = 'Arbetsgivaren svarar att avdelningarna ingår i delarna som gäller hela förvaltningen.';
const ADDED = ' – valet redovisas per avdelning';

function meetingDate(): string {
  const date = new Date(Date.now() + 14 * 86_400_000);
  return date.toISOString().slice(0, 10);
}

async function openMeeting(page: Page) {
  await page.goto('/skarholmen/samverkan');
  await page.getByRole('link', { name: MEETING_NAME }).click();
  await expect(page.getByRole('heading', { level: 1, name: MEETING_NAME })).toBeVisible();
}

test('seed 004’s meeting is on Skärholmen’s plan with its four questions, the answers and its protocol', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.union);
  await page.goto(PLAN);
  await page
    .getByRole('link', { name: /^Förvaltningsgrupp, punkt 5\.2\.1: Kompetensförsörjningsplanen 2026-04-14$/ })
    .click();
  await expect(page.locator('article.question')).toHaveCount(4);
  await expect(page.getByText('Mötet har hållits.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ställ en fråga' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Hur' }).locator('article.question')).toContainText('Besvarad');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Protokollstext' }).click();
  const text = normalized(await page.locator('#protokollstext').innerText());
  expect(text).toContain('5.2.1 Kompetensförsörjningsplanen');
  expect(text).toContain('Akademikerförbundet SSR undrar var förvaltningen hämtar sifforna för personalomsättningen.');
  expect(text).toContain('Arbetsgivaren svarar att statistiken kommer ifrån vårt statistikverktyg beslutstöd.');
  expect(text).toContain('under punkt 2.4.1 i kompetensplanen');
});

test('HR creates a meeting and sends Skärholmen’s plan to it', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr);
  await page.goto('/skarholmen/samverkan');
  // Seed 004's meeting is there with its four questions.
  await expect(
    page.getByRole('link', { name: 'Förvaltningsgrupp, punkt 5.2.1: Kompetensförsörjningsplanen' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Nytt möte' }).click();
  // A client-side navigation: axe reads the new page once it is there, title included.
  await expect(page).toHaveTitle(/^Nytt samverkansmöte/);
  await expectAccessible(page);
  await page.getByLabel('Datum').fill(meetingDate());
  await page.getByLabel('Plats').fill('Skärholmens stadsdelsförvaltning, sammanträdesrum Bredäng');
  await page.getByLabel('Punkt på dagordningen').fill('6.1');
  await page.getByLabel('MBL § 11 förhandling').check();
  await page.getByLabel('Diarienummer (valfritt)').fill('SKH 2026/412');
  // Refused without an invited union: the form keeps everything typed (React 19 would reset it).
  await page.getByRole('button', { name: 'Skapa möte' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Välj vilka fackliga organisationer som bjuds in.' }),
  ).toBeVisible();
  await expect(page.getByLabel('Plats')).toHaveValue('Skärholmens stadsdelsförvaltning, sammanträdesrum Bredäng');
  await expect(page.getByLabel('Punkt på dagordningen')).toHaveValue('6.1');
  await expect(page.getByLabel('Diarienummer (valfritt)')).toHaveValue('SKH 2026/412');
  await expect(page.getByLabel('Datum')).toHaveValue(meetingDate());
  await expect(page.getByLabel('MBL § 11 förhandling')).toBeChecked();
  await page.getByLabel('Akademikerförbundet SSR').check();
  await page.getByLabel('Vision').check();
  await page.getByRole('button', { name: 'Skapa möte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: MEETING_NAME })).toBeVisible();
  await page
    .getByLabel('Plan', { exact: true })
    .selectOption({ label: 'Kompetensförsörjningsplan 2027–2029 (Under samverkan)' });
  await page.getByRole('button', { name: 'Skicka till samverkan' }).click();
  const confirm = page.getByRole('dialog', { name: 'Skicka planen till mötet?' });
  await expect(confirm).toContainText('PlanKompetensförsörjningsplan 2027–2029 (Under samverkan)');
  await confirm.getByRole('button', { name: 'Skicka till samverkan' }).click();
  await expect(page.getByText(/Granskas: Kompetensförsörjningsplan 2027–2029, version 1/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Hur' })).toContainText(QUOTE);
  await expectAccessible(page);
  await screenshot(page, 'samverkan-meeting-hr');
});

test('the SSR rep asks two questions on two sections, one about a selected passage', async ({ page }) => {
  await signIn(page, ACCOUNTS.union);
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Notiser \(\d+ olästa\)$/ })).toBeVisible();
  await page.getByRole('link', { name: /^Notiser/ }).click();
  await expect(
    page.getByRole('link', { name: /Kompetensförsörjningsplan 2027–2029 är skickad till samverkan/ }),
  ).toBeVisible();
  await expectAccessible(page);
  await openMeeting(page);
  const how = page.getByRole('region', { name: 'Hur' });
  // Select the passage in the frozen text, as a reader does with the mouse, and take it into the form.
  await how.evaluate((section, quote) => {
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(quote);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + quote.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    throw new Error('passage not found');
  }, QUOTE);
  await how.getByRole('button', { name: 'Hämta markerad text' }).click();
  await expect(how.getByLabel('Citerat stycke (valfritt)')).toHaveValue(QUOTE);
  await how.getByLabel('Din fråga om ”Hur”').fill(Q1);
  await how.getByRole('button', { name: 'Ställ en fråga' }).click();
  await expect(how.getByText('Frågan är mottagen.', { exact: false })).toBeVisible();
  await expect(how.locator('article.question', { hasText: Q1 })).toContainText(QUOTE);

  const departments = page.getByRole('region', { name: 'Vad - Avdelningsspecifikt (nyckelord)' });
  await departments.getByLabel(/Din fråga om/).fill(Q2);
  // A passage that is not in the section is refused; the question and the passage stay as typed.
  await departments.getByLabel('Citerat stycke (valfritt)').fill('en mening som inte står här');
  await departments.getByRole('button', { name: 'Ställ en fråga' }).click();
  await expect(departments.getByRole('alert')).toContainText('finns inte');
  await expect(departments.getByLabel(/Din fråga om/)).toHaveValue(Q2);
  await expect(departments.getByLabel('Citerat stycke (valfritt)')).toHaveValue('en mening som inte står här');
  await departments.getByLabel('Citerat stycke (valfritt)').fill('');
  await departments.getByRole('button', { name: 'Ställ en fråga' }).click();
  await expect(departments.locator('article.question', { hasText: Q2 })).toContainText('Öppen');
  // Statistics stay suppressed and the plan text cannot be edited from here.
  await expect(page.getByRole('link', { name: /^Redigera/ })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'samverkan-meeting-union');
});

test('HR is notified, answers both questions and reads the protocol text and the .docx', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr);
  await page.goto('/skarholmen/notiser');
  await expect(page.getByRole('link', { name: 'Ny fråga från Akademikerförbundet SSR inför samverkan.' })).toHaveCount(
    2,
  );
  await openMeeting(page);
  for (const [question, answer] of [
    [Q1, A1],
    [Q2, A2],
  ] as const) {
    const card = page.locator('article.question', { hasText: question });
    await card.getByLabel('Arbetsgivarens svar').fill(answer);
    await card.getByRole('button', { name: 'Svara' }).click();
    await expect(card.getByText('Svaret är sparat.')).toBeVisible();
  }
  await page.reload();
  await expect(page.locator('article.question', { hasText: Q1 })).toContainText('Besvarad');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Protokollstext' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protokollstext' })).toBeVisible();
  const text = normalized(await page.locator('#protokollstext').innerText());
  const expected = [
    '6.1 Kompetensförsörjningsplanen',
    'Typ: MBL § 11 förhandling',
    'Diarienummer: SKH 2026/412',
    'HR-konsult redovisar Kompetensförsörjningsplan 2027–2029, versionen skickad till samverkan',
    `Akademikerförbundet SSR (Carin Trygg) frågar: ${Q1}`,
    A1,
    `Akademikerförbundet SSR (Carin Trygg) frågar: ${Q2}`,
    A2,
    'Förhandlingen är inte avslutad.',
  ];
  let at = -1;
  for (const line of expected) {
    const next = text.indexOf(line);
    expect(next, line).toBeGreaterThan(at);
    at = next;
  }
  await expectAccessible(page);
  await screenshot(page, 'samverkan-protocol-text');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Ladda ner som Word-dokument (.docx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^protokoll-6\.1-\d{4}-\d{2}-\d{2}\.docx$/);
  const buffer = await readFile((await download.path())!);
  const raw = normalized((await mammoth.extractRawText({ buffer })).value);
  for (const line of expected) expect(raw).toContain(line);
  // Look at it: the .docx converted to HTML by mammoth and drawn by Chromium.
  const html = (await mammoth.convertToHtml({ buffer })).value;
  expect(html).toMatch(/^<h1>6\.1 Kompetensförsörjningsplanen<\/h1>/);
  const rendering = await page.context().newPage();
  await rendering.setContent(
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Protokoll</title><style>body{font-family:Calibri,Carlito,sans-serif;max-width:42rem;margin:2rem auto;line-height:1.4}</style></head><body><main>${html}</main></body></html>`,
  );
  await expect(rendering.getByRole('heading', { level: 1, name: '6.1 Kompetensförsörjningsplanen' })).toBeVisible();
  await expectAccessible(rendering);
  await screenshot(rendering, 'samverkan-protocol-docx');
  await rendering.close();
});

test('after HR revises and adopts the plan, the comparison shows what changed and where each question stands', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.hr);
  await page.goto(PLAN);
  await page.getByRole('link', { name: 'Redigera Hur' }).click();
  const editor = page.getByRole('textbox', { name: 'Text i avsnittet Hur' });
  await expect(editor).toBeVisible();
  // HR takes the point up in the very bullet the rep quoted.
  await editor.getByText(QUOTE).click();
  await page.keyboard.press('End');
  await page.keyboard.type(ADDED);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText(/Sparat som version \d+\./)).toBeVisible();
  await page.goto(PLAN);
  // The board decides after samverkan: a date before the meeting is refused, with the meeting's date.
  await page.getByLabel('Beslutsdatum').fill('2026-11-26');
  await page.getByLabel('Beslutsreferens').fill('§ 12');
  await page.getByLabel('Diarienummer').fill('SKH 2026/412');
  const adopt = page.getByRole('dialog', { name: 'Fastställa planen?' });
  await page.getByRole('button', { name: 'Fastställ' }).click();
  await adopt.getByRole('button', { name: 'Fastställ' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'före samverkansmötet' })).toContainText(meetingDate());
  await page.getByLabel('Beslutsdatum').fill(meetingDate());
  await page.getByLabel('Beslutsreferens').fill('§ 12');
  await page.getByLabel('Diarienummer').fill('SKH 2026/412');
  await page.getByRole('button', { name: 'Fastställ' }).click();
  await adopt.getByRole('button', { name: 'Fastställ' }).click();
  await expect(page.getByRole('button', { name: 'Öppna ny version' })).toBeVisible();

  // The rep reads the comparison.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.waitForURL(/\/logga-in/);
  await signIn(page, ACCOUNTS.union);
  await openMeeting(page);
  await page.getByRole('link', { name: 'Efter samverkan: granskad och fastställd version' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Efter samverkan' })).toBeVisible();
  await expect(page.locator('.lead')).toContainText('1 av 5 avsnitt har ändrats');
  const how = page.getByRole('region', { name: /^Hur/ });
  await expect(how).toContainText('Ändrat');
  await expect(how.locator('ins').first()).toContainText('valet redovisas per avdelning');
  await expect(how).toContainText('Det citerade stycket är ändrat. Så lyder det nu:');
  await expect(how.locator('.question ins')).toContainText(`${QUOTE}${ADDED}`);
  await expect(page.getByRole('region', { name: /^Syfte/ })).toContainText('Oförändrat');
  await expectAccessible(page);
  await screenshot(page, 'samverkan-comparison');
  await how.getByRole('link', { name: 'Läs avsnittet som det lyder nu' }).click();
  await expect(page.getByText(/Fryst version: Fastställd/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Hur' })).toContainText(ADDED);

  // Back to samverkan for the specs that follow (a new version goes to samverkan again).
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.waitForURL(/\/logga-in/);
  await signIn(page, ACCOUNTS.hr);
  await page.goto(PLAN);
  await page.getByRole('button', { name: 'Öppna ny version' }).click();
  await page.getByRole('button', { name: 'Skicka till samverkan' }).click();
  await page
    .getByRole('dialog', { name: 'Skicka planen till samverkan?' })
    .getByRole('button', { name: 'Skicka till samverkan' })
    .click();
  await expect(page.locator('.lead')).toContainText('Under samverkan');
});

test('a manager is refused samverkan (reps of unions not invited: tests/integration/review.test.ts)', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.managerElderCare);
  const response = await page.goto('/skarholmen/samverkan');
  expect(response?.status()).toBe(403);
});
