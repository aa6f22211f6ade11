import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, normalized, screenshot, signIn, test } from './fixtures';

// One journey in order: each step builds on what the previous one imported.
test.describe.configure({ mode: 'serial' });

const IMPORT_PAGE = '/socialforvaltningen/statistik/import';

async function upload(
  page: Page,
  group: string,
  name: string,
  lines: string[],
  encoding: 'utf-8' | 'windows-1252' = 'utf-8',
) {
  const text = `${lines.join('\r\n')}\r\n`;
  const buffer =
    encoding === 'utf-8'
      ? Buffer.from(`\ufeff${text}`, 'utf8')
      : Buffer.from([...text].map((ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)));
  await page.getByLabel('Vad innehåller filen?').selectOption({ label: group });
  await page.getByLabel('Fil', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer });
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
}

const HEADCOUNT_2025 = [
  'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal',
  '2025;Avdelningen för socialt stöd;socialsekreterare;Tillsvidare;Kvinna;30-39;120',
  '2025;Avdelningen för socialt stöd;socialsekreterare;Tillsvidare;Man;30-39;40',
  '2025;Avdelningen för socialt stöd;Kurator;Tillsvidare;Kvinna;40-49;12',
  '2025;Avdelningen för strategi och utveckling;utredare;Visstid;Kvinna;50-59;7',
];

test.beforeEach(async ({ page }) => {
  await signIn(page, ACCOUNTS.hr);
  await page.goto(IMPORT_PAGE);
});

test('the import page documents the format and offers templates', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Importera statistik' })).toBeVisible();
  const group = page.locator('details', { hasText: 'Antal anställda' }).first();
  await group.locator('summary').click();
  await expect(group.getByRole('rowheader', { name: 'Åldersgrupp' })).toBeVisible();
  const download = page.waitForEvent('download');
  await group.getByRole('link', { name: 'CSV' }).click();
  const file = await download;
  const content = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(content).toString('utf8')).toContain(
    'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal',
  );
  await expectAccessible(page);
  await screenshot(page, 'import-page');
});

test('a malformed file lists every problem by row and column and writes nothing', async ({ page }) => {
  await upload(page, 'Antal anställda', 'fel.csv', [
    'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal',
    '2025;Avdelningen för socialt stöd;socialsekreterare;Tillsvidare;Kvinna;30-39;tolv',
    '2025;Avdelningen för socialt stöd;socialsekreterare;Tillsvidare;Man;30-39;-4',
    '2031;=HYPERLINK("x");socialsekreterare;Tillsvidare;Man;40-49;4',
  ]);
  const alert = page.locator('.alert--error');
  await expect(alert).toContainText('Inget har sparats');
  const rows = alert.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(4);
  await expect(alert.getByRole('row', { name: /^2 Antal/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'import-problems');
  await expect(page.getByText('Inga importer ännu.')).toBeVisible();
});

test('HR imports a new year: preview, resolve an unknown occupation, confirm, and re-import changes nothing', async ({
  page,
}) => {
  await upload(page, 'Antal anställda', 'personal-2025.csv', HEADCOUNT_2025);
  await expect(page.getByRole('heading', { name: 'Förhandsgranskning' })).toBeVisible();
  await expect(page.getByText('Inga befintliga värden ersätts.')).toBeVisible();
  // Four rows where 2024 had the whole förvaltning: the preview says so before the user confirms.
  const coverage = page.getByRole('region', { name: 'Filen jämförd med förra året' });
  await expect(coverage.getByRole('row', { name: /Antal anställda – förra året/ })).toContainText('2024');
  await expect(page.getByText(/Antal anställda 2025: filen täcker mindre än förra året/)).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Värden som sparas' }).getByRole('row', { name: /Kurator/ }),
  ).toContainText('12');
  await expect(page.getByRole('group', { name: 'Okända befattningar' })).toBeVisible();
  await expect(page.getByLabel('Kurator')).toHaveValue('__create__');
  await expectAccessible(page);
  await screenshot(page, 'import-preview');
  await page.getByRole('button', { name: 'Bekräfta import' }).click();
  await expect(page.getByRole('status')).toContainText('Importen är klar: 4 värden sparade');

  await page.reload();
  await expect(page.getByRole('cell', { name: 'personal-2025.csv' })).toBeVisible();
  await upload(page, 'Antal anställda', 'personal-2025.csv', HEADCOUNT_2025);
  await expect(page.getByText('Den här filen är redan importerad')).toBeVisible();
  await page.getByRole('button', { name: 'Bekräfta' }).click();
  await expect(page.getByRole('status')).toContainText('Inget har ändrats');
});

test('a corrected file shows what it replaces, and Windows-1252 decimal-comma files are read', async ({ page }) => {
  await upload(
    page,
    'Sjukfrånvaro',
    'sjuk-2025.csv',
    ['År;Avdelning;Kön;Mått;Andel (%);Mål (%)', '2025;;;Total;5,8;6', '2025;;;Korttid (dag 1-14);2,1;2,00'],
    'windows-1252',
  );
  await page.getByRole('button', { name: 'Bekräfta import' }).click();
  await expect(page.getByRole('status')).toContainText('Importen är klar');

  await upload(
    page,
    'Sjukfrånvaro',
    'sjuk-2025-rättad.csv',
    ['År;Avdelning;Kön;Mått;Andel (%);Mål (%)', '2025;;;Total;5,7;6', '2025;;;Korttid (dag 1-14);2,1;2,00'],
    'windows-1252',
  );
  // The two figures and their two goals have the same keys; only the total changes.
  await expect(page.getByText(/4 sparade värden har samma mått, period och uppdelning.*1 av dem ändras/)).toBeVisible();
  const changes = page.getByRole('table', { name: 'Värden som ändras' });
  await expect(changes.getByRole('row', { name: /Total sjukfrånvaro/ })).toContainText('5,8 %');
  await expect(changes.getByRole('row', { name: /Total sjukfrånvaro/ })).toContainText('5,7 %');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Bekräfta och ersätt' }).click();
  await expect(page.getByRole('status')).toContainText(/\d+ tidigare värden ersatta/);

  await upload(page, 'Personalomsättning', 'oms-2025.csv', [
    'År;Avdelning;Befattning;Åldersgrupp;Andel (%);Underlag (antal)',
    '2025;;;;6,9;1 030',
  ]);
  await page.getByRole('button', { name: 'Bekräfta import' }).click();
  await expect(page.getByRole('status')).toContainText('Importen är klar');
});

test('the dashboards show the imported year beside the previous one', async ({ page }) => {
  await page.goto('/socialforvaltningen/statistik?ar=2025');
  const text = normalized(await page.locator('main').innerText());
  expect(text).toContain('2025: 172 tillsvidareanställda och 7 visstidsanställda med månadslön (2024: 1 016 och 86)');
  expect(text).toContain('Sjukfrånvaron 2025 var 5,7 % mot målet 6 %, målet är nått');
  expect(text).toContain('Personalomsättningen 2025 var 6,9 % (2024: 7,3 %)');
  await expectAccessible(page);
  await screenshot(page, 'statistics-after-import');
});

test('HR states the organisation’s turnover definition, and it shows beside the figures', async ({ page }) => {
  const field = page.getByLabel('Definition av personalomsättning');
  // The form hydrates after the page shows; a value typed before that can be merged with the stored one.
  await expect(async () => {
    await field.fill('För kort');
    await expect(field).toHaveValue('För kort', { timeout: 1_000 });
  }).toPass();
  await page.getByRole('button', { name: 'Spara definitionen' }).click();
  await expect(page.getByText('Skriv definitionen med minst 20 tecken')).toBeVisible();
  await expectAccessible(page);
  const definition =
    'Tillsvidareanställda som slutat till annan arbetsgivare (ej inom staden) ÷ medelantalet tillsvidareanställda.';
  await field.fill(definition);
  await page.getByRole('button', { name: 'Spara definitionen' }).click();
  await expect(page.getByText('Definitionen är sparad')).toBeVisible();
  await page.goto('/socialforvaltningen');
  await expect(page.getByText(definition)).toBeVisible();
});

test('a large file shows its progress while it is checked and written', async ({ page }) => {
  await page.goto('/skarholmen/statistik/import');
  const lines = ['År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal'];
  for (let d = 1; d <= 40; d++)
    for (let o = 1; o <= 40; o++)
      for (const form of ['Tillsvidare', 'Visstid'])
        for (const gender of ['Kvinna', 'Man'])
          for (const age of ['-29', '30-39', '40-49', '50-59', '60-64', '65+'])
            lines.push(`2024;Enhet ${d};Yrke ${o};${form};${gender};${age};${(lines.length % 7) + 1}`);
  await upload(page, 'Antal anställda', 'stor-fil.csv', lines);
  await expect(page.getByText(/Läser och kontrollerar filen|Laddar upp filen/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Förhandsgranskning' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('group', { name: 'Okända avdelningar' })).toContainText('Filen innehåller 40 namn');
  await page.getByRole('button', { name: 'Bekräfta import' }).click();
  await expect(page.getByText(/^Sparar: [\d\s]+ av 38[\s\u00a0]400 värden$/)).toBeVisible();
  await expect(page.getByRole('status')).toContainText('38 400 värden sparade', { timeout: 60_000 });
});

test('a file for one department replaces only that department’s figures, unless whole periods are chosen', async ({
  page,
}) => {
  const header = 'År;Avdelning;Medarbetare per chef';
  await upload(page, 'Medarbetare per chef', 'chef-alla.csv', [
    header,
    '2025;Avdelningen för socialt stöd;24,5',
    '2025;Avdelningen för strategi och utveckling;12',
  ]);
  await page.getByRole('button', { name: /^Bekräfta/ }).click();
  await expect(page.getByRole('status')).toContainText('Importen är klar');

  await upload(page, 'Medarbetare per chef', 'chef-en.csv', [header, '2025;Avdelningen för socialt stöd;26']);
  await expect(page.getByRole('table', { name: 'Värden som ändras' })).toContainText('Avdelningen för socialt stöd');
  const whole = page.getByLabel(/Ersätt hela måttet för perioderna 2025/);
  await expect(whole).not.toBeChecked();
  await whole.check();
  await expect(page.getByRole('table', { name: 'Värden som tas bort' })).toContainText(
    'Avdelningen för strategi och utveckling',
  );
  await whole.uncheck();
  await expectAccessible(page);
  await screenshot(page, 'import-changes');
  await page.getByRole('button', { name: 'Bekräfta och ersätt' }).click();
  await expect(page.getByRole('status')).toContainText('1 tidigare värden ersatta');

  await page.goto('/socialforvaltningen/statistik?ar=2025');
  const chart = page.getByRole('region', { name: 'Medarbetare per chef' });
  await expect(chart).toContainText('Avdelningen för strategi och utveckling'); // still there
  await expect(chart).toContainText('Källa: Import av chef-en.csv');
});

test('uploads refused by size or origin answer in Swedish, never 500', async ({ page }) => {
  const cookies = await page.context().cookies();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const url = new URL('/socialforvaltningen/statistik/import/fil', page.url()).toString();
  const origin = new URL(page.url()).origin;
  const post = (body: FormData, headers: Record<string, string>) =>
    fetch(url, { method: 'POST', body, headers: { cookie, ...headers } });
  const form = (bytes: Uint8Array<ArrayBuffer>) => {
    const data = new FormData();
    data.set('org', 'socialforvaltningen');
    data.set('intent', 'preview');
    data.set('group', 'headcount');
    data.set('file', new File([bytes], 'tio-mb.csv', { type: 'text/csv' }));
    return data;
  };
  const rejected = await post(form(new TextEncoder().encode('x')), { origin: 'null' });
  expect(rejected.status).toBe(403);
  expect(await rejected.text()).toBe('Förfrågan kommer inte från Kompetensplan.');

  // Exactly the documented 10 MB passes the proxy untruncated and gets an answer about its content.
  const head: Uint8Array = new TextEncoder().encode(
    'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal\r\n2025;Avdelningen för socialt stöd;socialsekreterare;Tillsvidare;Kvinna;30-39;4\r\n',
  );
  const bytes = new Uint8Array(10 * 1024 * 1024).fill(0x20);
  bytes.set(head);
  const tenMegabytes = await post(form(bytes), { origin });
  expect(tenMegabytes.status).toBe(200);
  expect(await tenMegabytes.text()).not.toContain('oväntat fel');

  const tooLarge = await post(form(new Uint8Array(11 * 1024 * 1024).fill(0x20)), { origin });
  expect(tooLarge.status).toBe(413);
  expect(await tooLarge.text()).toBe('Filen är för stor. Största tillåtna storlek är 10 MB.');
});

test('HR imports a population forecast in the browser: a bad row is refused, the file stays chosen, then it imports', async ({
  page,
}) => {
  await page.goto('/norra-innerstaden/kompetensbehov/2027/befolkning');
  await expect(page.getByRole('heading', { level: 1, name: 'Befolkningsprognos' })).toBeVisible();
  // The seeded forecast and its comparison with the one made before Norrmalm and Östermalm merged.
  await expect(page.getByRole('table', { name: /Norra innerstaden: invånare per åldersgrupp och år/ })).toBeVisible();
  await expectAccessible(page);
  const choose = (lines: string[]) =>
    page.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'prognos-2026.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8'),
    });
  await page.getByLabel('Prognosår').fill('2026');
  await choose(['Stadsdelsområde;Åldersgrupp;År;Antal', 'Gamla stan;80+;2026;10', 'Norra innerstaden;80+;2027;-4']);
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Inget har sparats' });
  await expect(alert).toContainText('Rad 2, kolumn Stadsdelsområde: Okänt stadsdelsområde "Gamla stan"');
  await expect(alert).toContainText('Rad 3, kolumn Antal: Antalet kan inte vara negativt (-4).');

  await choose([
    'Stadsdelsområde;Åldersgrupp;År;Antal',
    'Norra innerstaden;80+;2026;8 700',
    'Norra innerstaden;80+;2027;9 010,5',
  ]);
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(page.getByRole('heading', { name: 'Förhandsgranskning' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Importera befolkningsprognos' }).click();
  await expect(page.getByText('Befolkningsprognosen "prognos 2026" är importerad: 2 rader sparade.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Prognos: prognos 2026' })).toBeVisible();
  await screenshot(page, 'population-forecast');
});
