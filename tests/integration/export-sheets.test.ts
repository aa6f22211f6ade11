/**
 * Issue 18: statistics as .xlsx and CSV, the follow-up overview as .xlsx and the samverkan deck as .pptx, generated
 * from the demo seed through their routes (the guard, the data-access layer, the audit) and opened as files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '@/prisma/seed/demo';
import { actAs, stopActing } from '../support/as-user';
import { type SheetCell, readWorkbook } from '../support/read-workbook';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
const users = new Map<string, string>();
const orgs = new Map<string, string>();

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemoData(t.db);
  for (const u of await t.db.user.findMany()) users.set(u.email, u.id);
  for (const o of await t.db.organization.findMany()) orgs.set(o.slug, o.id);
});
afterAll(async () => {
  stopActing();
  await t.close();
});

async function statistics(email: string, org: string, query: Record<string, string>) {
  actAs(users.get(email)!);
  const { GET } = await import('@/app/(app)/[org]/statistik/export/route');
  const search = new URLSearchParams(query);
  return GET(new Request(`http://localhost/${org}/statistik/export?${search}`), { params: Promise.resolve({ org }) });
}

async function workbook(email: string, org: string, query: Record<string, string> = {}) {
  const response = await statistics(email, org, { format: 'xlsx', ...query });
  expect(response.status).toBe(200);
  return readWorkbook(await response.arrayBuffer());
}

/** Every value cell of the data sheets, keyed by sheet, chart, category and series. */
function valueCells(book: Map<string, SheetCell[][]>): Map<string, SheetCell> {
  const out = new Map<string, SheetCell>();
  for (const [name, rows] of book) {
    if (name === 'Om uppgifterna') continue;
    for (const row of rows.slice(1)) {
      if (!row) continue;
      out.set([name, row[0]?.value, row[2]?.value, row[3]?.value].join(' | '), row[4]!);
    }
  }
  return out;
}

const isHidden = (cell: SheetCell | undefined) => cell?.value === '–';

describe(`statistics export (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it("HR's .xlsx: an info sheet, one sheet per measure group with a header row, numbers with Swedish formats", async () => {
    const response = await statistics('hr@demo.test', 'socialforvaltningen', { format: 'xlsx', ar: '2024' });
    expect(response.headers.get('Content-Disposition')).toBe(
      `attachment; filename="Personalstatistik-2024-Socialforvaltningen.xlsx"; filename*=UTF-8''Personalstatistik-2024-Socialforvaltningen.xlsx`,
    );
    const book = await readWorkbook(await response.arrayBuffer());
    expect([...book.keys()]).toEqual([
      'Om uppgifterna',
      'Vilken kompetens har vi',
      'Rörlighet och rekrytering',
      'Pensionsavgångar',
      'Arbetsmiljö och hälsa',
      'Medarbetarenkäten',
    ]);
    for (const [name, rows] of book) {
      if (name !== 'Om uppgifterna')
        expect(rows[0]!.map((c) => c.value)).toEqual(['Diagram', 'Indelning', 'Kategori', 'Serie', 'Värde']);
    }
    const cells = [...valueCells(book).values()];
    const counts = cells.filter((c) => typeof c.value === 'number' && c.numFmt === '#,##0');
    const percents = cells.filter((c) => typeof c.value === 'number' && c.numFmt === '0.0 %');
    expect(counts.map((c) => c.value)).toContain(1016); // tillsvidareanställda 2024, seed 003
    expect(percents.map((c) => c.value)).toContain(0.062); // sjukfrånvaro 6,2 %
    expect(cells.some(isHidden)).toBe(false); // HR sees every cell
    const info = book
      .get('Om uppgifterna')!
      .flat()
      .map((c) => String(c.value ?? ''));
    expect(info).toContain('2024 jämfört med 2023');
    expect(info.some((text) => text.includes('seed 003'))).toBe(true); // the source
    expect(info.some((text) => /tillsvidare/i.test(text))).toBe(true); // a definition
    const audit = await t.db.auditLog.findFirst({
      where: { action: 'export.download' },
      orderBy: { createdAt: 'desc' },
    });
    expect(audit).toMatchObject({ userId: users.get('hr@demo.test'), organizationId: orgs.get('socialforvaltningen') });
    expect(audit!.details).toMatchObject({ what: 'statistics', via: 'statistics.export', format: 'xlsx', year: 2024 });
  });

  it("a union rep's .xlsx holds no suppressed value: '–' with the reason in a note where the screen hides one", async () => {
    const hr = valueCells(await workbook('hr@demo.test', 'socialforvaltningen'));
    const rep = valueCells(await workbook('fack.ssr@demo.test', 'socialforvaltningen'));
    const hidden = [...rep].filter(([, cell]) => isHidden(cell));
    expect(hidden.length).toBeGreaterThan(0);
    for (const [key, cell] of hidden) {
      expect(cell.note, key).toMatch(/^Dolt: /);
      expect(typeof hr.get(key)?.value, key).toBe('number'); // HR's file has the figure the rep's does not
    }
    for (const [key, cell] of rep) {
      expect(['number', 'string'], key).toContain(typeof cell.value);
      expect(cell.value, key).not.toBe('<5');
    }
  });

  it("no combination of a union rep's exports recovers a hidden cell: förvaltning total minus the visible departments", async () => {
    actAs(users.get('fack.ssr@demo.test')!);
    const departments = await t.db.department.findMany({
      where: { organizationId: orgs.get('socialforvaltningen')!, parentId: null },
    });
    const whole = valueCells(await workbook('fack.ssr@demo.test', 'socialforvaltningen'));
    const parts = new Map<string, Map<string, SheetCell>>();
    for (const d of departments) {
      parts.set(d.name, valueCells(await workbook('fack.ssr@demo.test', 'socialforvaltningen', { avdelning: d.id })));
    }
    let checked = 0;
    for (const [name, cells] of parts) {
      for (const [key, cell] of cells) {
        if (!isHidden(cell)) continue;
        const total = whole.get(key);
        // Only counts add up; a hidden organisation total leaves nothing to subtract from.
        if (!total || typeof total.value !== 'number' || total.numFmt !== '#,##0') continue;
        checked += 1;
        const othersHidden = [...parts].some(([other, o]) => other !== name && isHidden(o.get(key)));
        expect(othersHidden, `${name}: ${key} = total − the other departments`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('CSV: UTF-8 BOM, ";" and decimal comma, one header row, the hidden cells as "–"', async () => {
    const response = await statistics('fack.ssr@demo.test', 'socialforvaltningen', { format: 'csv', ar: '2024' });
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Avsnitt;Diagram;Indelning;Kategori;Serie;Värde;Enhet');
    expect(lines.some((l) => l.endsWith(';6,2;procent'))).toBe(true);
    expect(lines.some((l) => l.endsWith(';–;'))).toBe(true);
    expect(lines.some((l) => l.includes('<5'))).toBe(false);
  });

  it("Norra innerstaden: a manager's .xlsx is their own department's dashboard, suppressed as on screen", async () => {
    const response = await statistics('chef.aldreomsorg@demo.test', 'norra-innerstaden', { format: 'xlsx' });
    expect(response.headers.get('Content-Disposition')).toBe(
      `attachment; filename="Personalstatistik-senaste-Norra-innerstadens-stadsdelsforvaltning-Aldreomsorg.xlsx"; filename*=UTF-8''Personalstatistik-senaste-Norra-innerstadens-stadsdelsforvaltning-Aldreomsorg.xlsx`,
    );
    const book = await readWorkbook(await response.arrayBuffer());
    expect(
      book
        .get('Om uppgifterna')!
        .flat()
        .map((c) => c.value),
    ).toContain('Äldreomsorg');
    const cells = [...valueCells(book).values()];
    expect(cells.some((c) => typeof c.value === 'number')).toBe(true);
    for (const c of cells) expect(c.value).not.toBe('<5');
  });

  it('refuses a format it does not know in Swedish, and a manager gets only their own department', async () => {
    const bad = await statistics('hr@demo.test', 'socialforvaltningen', { format: 'pdf' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe('Välj Excel (.xlsx) eller CSV.');
    const other = await t.db.department.findFirstOrThrow({
      where: {
        organizationId: orgs.get('socialforvaltningen')!,
        parentId: null,
        NOT: { name: 'Avdelningen för socialt stöd' },
      },
    });
    const response = await statistics('chef.socialt-stod@demo.test', 'socialforvaltningen', {
      format: 'xlsx',
      avdelning: other.id,
    });
    expect(response.headers.get('Content-Disposition')).toContain('Avdelningen-for-socialt-stod');
  });
});

describe('follow-up export', () => {
  it("HR's .xlsx of the tertial follow-up: the overview per department and every activity with status, comment, who and when", async () => {
    const { loadOverview } = await import('@/lib/activities/overview');
    const { readOverview } = await import('@/lib/activities/overview');
    const { roleAccess } = await import('../support/access');
    const access = roleAccess(orgs.get('socialforvaltningen')!);
    const { overview, activities } = await readOverview(access, new Date());
    const reported = activities.find((a) => !['DONE', 'CANCELLED'].includes(a.status))!;
    await t.db.followUp.create({
      data: {
        activityId: reported.id,
        ...overview.period,
        status: 'IN_PROGRESS',
        comment: '=Fortsätter enligt plan',
        authorId: users.get('chef.socialt-stod@demo.test')!,
      },
    });
    const expected = (await loadOverview(access)).rows;

    actAs(users.get('hr@demo.test')!);
    const { GET } = await import('@/app/(app)/[org]/aktiviteter/uppfoljning/excel/route');
    const response = await GET(new Request('http://localhost/socialforvaltningen/aktiviteter/uppfoljning/excel'), {
      params: Promise.resolve({ org: 'socialforvaltningen' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename="(Uppfoljning-(Tertial-[12]|Helar)-\d{4}-Socialforvaltningen\.xlsx)"; filename\*=UTF-8''\1$/,
    );
    const book = await readWorkbook(await response.arrayBuffer());
    expect([...book.keys()]).toEqual(['Per avdelning', 'Aktiviteter']);
    const summary = book
      .get('Per avdelning')!
      .filter(Boolean)
      .map((r) => r.map((c) => c.value));
    for (const r of expected) expect(summary).toContainEqual([r.department, r.total, r.reported, r.late, r.missing]);
    const [header, ...rows] = book.get('Aktiviteter')!.map((r) => r.map((c) => c.value));
    expect(header).toEqual([
      'Avdelning',
      'Aktivitet',
      'UBARA-fas',
      'SKR-strategi',
      'Status',
      'Kommentar',
      'Uppföljd av',
      'Uppföljd',
      'I tid / sent',
    ]);
    expect(rows).toHaveLength(expected.reduce((n, r) => n + r.total, 0));
    const row = rows.find((r) => r[1] === reported.title)!;
    expect(row.slice(2, 7)).toEqual([
      reported.phase,
      reported.strategyNames.join(', '),
      'Pågår',
      '=Fortsätter enligt plan', // text, never a formula
      'Samir Haddad',
    ]);
    expect(String(row[7])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(rows.filter((r) => r[4] === 'Ej uppföljd').length).toBe(expected.reduce((n, r) => n + r.missing, 0));
    const audit = await t.db.auditLog.findFirst({
      where: { action: 'export.download' },
      orderBy: { createdAt: 'desc' },
    });
    expect(audit!.details).toMatchObject({
      what: 'follow-up',
      format: 'xlsx',
      via: 'activity.follow-up.xlsx',
      ...overview.period,
    });
  });
});

/** Each slide's title (the text of its title placeholder), its image descriptions and all its text, in order. */
async function readDeck(bytes: ArrayBuffer) {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]!));
  return Promise.all(
    names.map(async (name) => {
      const xml = await zip.file(name)!.async('string');
      const shapes = xml
        .split('<p:sp>')
        .slice(1)
        .map((s) => s.split('</p:sp>')[0]!);
      const titleShape = shapes.find((s) => /<p:ph\b[^>]*type="title"/.test(s));
      return {
        title: titleShape ? texts(titleShape).join('') : null,
        images: [...xml.matchAll(/<p:pic>[\s\S]*?descr="([^"]*)"/g)].map((m) => unescape(m[1]!)),
        text: texts(xml).join('\n'),
      };
    }),
  );
}

describe('samverkan deck', () => {
  async function deck(email: string) {
    const meeting = await t.db.reviewMeeting.findFirstOrThrow({ where: { organizationId: orgs.get('skarholmen')! } });
    actAs(users.get(email)!);
    const { GET } = await import('@/app/(app)/[org]/samverkan/[meetingId]/powerpoint/route');
    const response = await GET(new Request('http://localhost/x'), {
      params: Promise.resolve({ org: 'skarholmen', meetingId: meeting.id }),
    });
    return { response, meeting };
  }

  it("HR's .pptx: seed 004's slides in order as real titles, charts with alt text, the union's questions with answers", async () => {
    const { response, meeting } = await deck('hr@demo.test');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename="(Samverkan-Kompetensforsorjningsplan-2027-2029-[A-Za-z-]+-2026-04-14\.pptx)"; filename\*=UTF-8''\1$/,
    );
    const bytes = await response.arrayBuffer();
    if (process.env.DECK_OUT) (await import('node:fs')).writeFileSync(process.env.DECK_OUT, new Uint8Array(bytes));
    const slides = await readDeck(bytes);
    for (const slide of slides) expect(slide.title).toBeTruthy();
    const titles = slides.map((s) => s.title!);
    const seed004 = [
      'Syfte',
      'Hur',
      'Vad - Omvärldsbevakning',
      'Vad - Avdelningsspecifikt (nyckelord)',
      'Vad - Strategisk inriktning, aktiviteter VP',
      'Frågor',
    ];
    expect(titles.filter((title) => seed004.includes(title))).toEqual(seed004);
    expect(slides.find((s) => s.title === 'Syfte')!.text).toContain('Långsiktigt perspektiv, 2027-2029');
    const charts = slides.flatMap((s) => s.images);
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const alt of charts) expect(alt.length).toBeGreaterThan(40);
    expect(titles).toContain('Strategisk inriktning - UBARA × SKR');

    const questions = await t.db.reviewQuestion.findMany({
      where: { meetingId: meeting.id },
      include: { answers: true },
    });
    expect(questions.length).toBeGreaterThan(0);
    const questionText = slides
      .filter((s) => s.title!.startsWith('Frågor'))
      .map((s) => s.text)
      .join('\n');
    for (const q of questions) {
      expect(questionText).toContain(q.question.slice(0, 60));
      for (const a of q.answers) expect(questionText).toContain(`Svar: ${a.answer.slice(0, 60)}`);
    }
    const audit = await t.db.auditLog.findFirst({
      where: { action: 'export.download' },
      orderBy: { createdAt: 'desc' },
    });
    expect(audit).toMatchObject({ entityType: 'ReviewMeeting', entityId: meeting.id });
    expect(audit!.details).toMatchObject({
      what: 'deck',
      format: 'pptx',
      via: 'review.deck.pptx',
      planVersion: expect.any(Number),
    });
  });

  it("a union rep's deck draws the charts from the dashboard as the rep sees it: hidden cells stay hidden", async () => {
    const { response } = await deck('fack.ssr@demo.test');
    expect(response.status).toBe(200);
    const alts = (await readDeck(await response.arrayBuffer())).flatMap((s) => s.images);
    const { loadDashboard } = await import('@/lib/statistics/dashboard/queries');
    const { accessOf } = await import('../support/access');
    const { chartAltText } = await import('@/lib/export/chart-svg');
    const { pickDeckCharts } = await import('@/lib/export/deck-outline');
    const orgId = orgs.get('skarholmen')!;
    const charts = async (email: string) =>
      pickDeckCharts(
        (await loadDashboard(await accessOf(t.db, users.get(email)!, orgId), {})).sections.flatMap((s) => s.charts),
      ).map(chartAltText);
    const rep = await charts('fack.ssr@demo.test');
    const hr = await charts('hr@demo.test');
    expect(alts).toEqual(rep);
    expect(rep).not.toEqual(hr); // something is hidden from the rep that HR sees
  });
});
