/**
 * Issue 18: the plan as Word and as PDF, generated from the seed plans through the download routes and checked by
 * opening the files — the .docx with mammoth and its XML, the PDF with poppler's pdfinfo and pdftotext. Each
 * download is audited with who, what and which version; a reader's export shows the figures as the reader's
 * screen does; plan text is exported as text, never markup.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as pdfRoute } from '@/app/(app)/[org]/plan/[year]/pdf/route';
import { GET as wordRoute } from '@/app/(app)/[org]/plan/[year]/word/route';
import { closePdfRenderer } from '@/lib/export/plan-pdf';
import { seedDemoData } from '@/prisma/seed/demo';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
const users = new Map<string, string>();

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemoData(t.db);
  for (const user of await t.db.user.findMany()) users.set(user.email, user.id);
}, 180_000);
afterEach(() => stopActing());
afterAll(async () => {
  await closePdfRenderer();
  await t.close();
});

type Route = typeof wordRoute;
async function download(route: Route, email: string, org: string, year: number, query = '') {
  actAs(users.get(email)!);
  const url = `http://localhost/${org}/plan/${year}/${route === wordRoute ? 'word' : 'pdf'}${query}`;
  return route(new Request(url), { params: Promise.resolve({ org, year: String(year) }) });
}

async function openDocx(response: Response) {
  const buffer = Buffer.from(await response.arrayBuffer());
  const zip = await JSZip.loadAsync(buffer);
  const xml = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const { value: html } = await mammoth.convertToHtml({ buffer });
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/header\d*\.xml$/.test(n))
      .map(xml),
  );
  return {
    buffer,
    html,
    text: html.replace(/<[^>]+>/g, ' ').replace(/[\s\u00a0]+/g, ' '),
    document: await xml('word/document.xml'),
    settings: await xml('word/settings.xml'),
    core: await xml('docProps/core.xml'),
    styles: await xml('word/styles.xml'),
    headers: headers.join('\n'),
    /** Every XML part (the text, relationships, properties, headers), not the images. */
    all: (
      await Promise.all(
        Object.keys(zip.files)
          .filter((n) => /\.(xml|rels)$/.test(n))
          .map(xml),
      )
    ).join('\n'),
  };
}

const headingsOf = (html: string, level: number) =>
  [...html.matchAll(new RegExp(`<h${level}>(.*?)</h${level}>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

describe(`plan → Word (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('exports the adopted Socialförvaltningen plan as the nämnd document, exactly as adopted, and audits it', async () => {
    const response = await download(wordRoute, 'hr@demo.test', 'socialforvaltningen', 2025);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toBe(
      `attachment; filename="Kompetensforsorjningsplan-2025-Socialforvaltningen-faststalld.docx"; filename*=UTF-8''Kompetensforsorjningsplan-2025-Socialforvaltningen-faststalld.docx`,
    );
    const docx = await openDocx(response);
    const plan = await t.db.plan.findFirstOrThrow({
      where: { organization: { slug: 'socialforvaltningen' }, startYear: 2025 },
      include: { sections: { where: { removedAt: null }, orderBy: { sortOrder: 'asc' } }, snapshots: true },
    });
    const adopted = plan.snapshots.find((s) => s.kind === 'ADOPTED')!;
    // Title page, then every section as Heading 1 in the plan's order, then the activities per UBARA phase.
    expect(docx.text).toContain('Förvaltning: Socialförvaltningen');
    expect(docx.text).toContain('Nämnd: Socialnämnden');
    expect(docx.text).toContain('Planperiod: 2025–2027');
    expect(docx.text).toContain('Status: Fastställd');
    expect(headingsOf(docx.html, 1)).toEqual([
      'Fokus bland SKR:s strategier',
      ...plan.sections.map((s) => s.title),
      'Aktiviteter',
      'Kompetensgap',
      'Riskbedömning',
    ]);
    // A TOC field over Heading 1–3 that Word fills when the file opens.
    expect(docx.document).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;<\/w:instrText>/);
    expect(docx.settings).toMatch(/<w:updateFields( w:val="true")?\/>/);
    expect(docx.styles).toContain('w:lang w:val="sv-SE"');
    expect(docx.core).toContain('<dc:title>Kompetensförsörjningsplan 2025–2027</dc:title>');
    expect(docx.core).toContain('<dc:creator>Socialförvaltningen</dc:creator>');
    // Live figures as values with their period, in Swedish formats; no token survives.
    expect(docx.text).toContain('1 016 (2024)');
    expect(docx.text).toContain('6,2 % (2024)');
    expect(docx.all).not.toContain('{{');
    // The activity tables: every frozen activity once, headers repeating, per phase.
    const frozen = (adopted.content as { tables: { activities: { title: string; phase: string }[] } }).tables;
    expect(frozen.activities.length).toBeGreaterThan(10);
    for (const activity of frozen.activities) expect(docx.text).toContain(activity.title.slice(0, 40));
    expect(headingsOf(docx.html, 2)).toEqual(
      expect.arrayContaining([...new Set(frozen.activities.map((a) => a.phase))]),
    );
    expect(docx.document).toContain('<w:tblHeader/>');
    // The frozen competence gaps and risk assessment, the heat map as a table and the risks by score.
    const registers = (adopted.content as { tables: { gaps: { description: string }[]; risks: { title: string }[] } })
      .tables;
    expect(registers.gaps).toHaveLength(9);
    for (const gap of registers.gaps) expect(docx.text).toContain(gap.description.slice(0, 40));
    expect(registers.risks.map((r) => r.title)).toContain('Svårt att rekrytera erfarna medarbetare');
    for (const risk of registers.risks) expect(docx.text).toContain(risk.title);
    expect(docx.text).toContain('Konsekvens 4 – Mycket allvarlig');
    expect(docx.text).toMatch(/9 \(hög\): risk 1, 2, 3/);
    expect(docx.text).toContain('Ägare');
    expect(docx.text).toContain('Avdelningschef, Avdelningen för socialt stöd');
    // A key chart as an image with alternative text; page numbers in the footer; no "Utkast" on an adopted plan.
    expect(docx.document).toMatch(/<wp:docPr [^>]*descr="Stapeldiagram: [^"]+"/);
    expect(docx.all).toContain('PAGE');
    expect(docx.headers).not.toContain('Utkast');

    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'export.download' },
      orderBy: { createdAt: 'desc' },
    });
    expect(audit).toMatchObject({
      userId: users.get('hr@demo.test'),
      entityId: plan.id,
      details: { what: 'plan', format: 'docx', planVersion: 1, status: 'Fastställd', snapshotId: adopted.id },
    });
  });

  it('marks every page of a draft "Utkast" and lists the live activities with their latest follow-up', async () => {
    const response = await download(wordRoute, 'hr@demo.test', 'norra-innerstaden', 2027);
    expect(response.headers.get('Content-Disposition')).toContain(
      'filename="Kompetensforsorjningsplan-2027-Norra-innerstadens-stadsdelsforvaltning-utkast.docx"',
    );
    const docx = await openDocx(response);
    expect(docx.headers).toContain('Utkast');
    expect(docx.text).toContain('Status: Utkast');
    const activities = await t.db.activity.findMany({
      where: { plan: { organization: { slug: 'norra-innerstaden' }, startYear: 2027 }, removedAt: null },
      include: { followUps: { orderBy: [{ year: 'desc' }, { period: 'desc' }, { createdAt: 'desc' }], take: 1 } },
    });
    expect(activities.length).toBeGreaterThan(5);
    for (const a of activities) {
      expect(docx.text).toContain(a.title.replace(/\s+/g, ' ').slice(0, 40));
      if (a.followUps[0]) expect(docx.text).toContain(a.followUps[0].comment.slice(0, 30));
    }
    // The live registers: seed 001's demography and retirement risks, the gaps with their departments.
    expect(headingsOf(docx.html, 1).slice(-2)).toEqual(['Kompetensgap', 'Riskbedömning']);
    expect(docx.text).toContain('Pensionsavgångar');
    expect(docx.text).toContain('Demografisk förändring');
    expect(docx.text).toContain('Kunskap om kognitiva sjukdomar/demens');
    expect(docx.all).not.toContain('{{');
  });

  it('gives a union representative the version sent to samverkan, as their screen shows it', async () => {
    const response = await download(wordRoute, 'fack.ssr@demo.test', 'skarholmen', 2027);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toContain(
      'filename="Kompetensforsorjningsplan-2027-Skarholmens-stadsdelsforvaltning-under-samverkan.docx"',
    );
    const docx = await openDocx(response);
    expect(docx.text).toContain('Status: Under samverkan');
    expect(docx.text).toContain('Aktiviteterna som de stod när versionen frystes.');
    // A reader who may not read the plan (an administrator) is refused and logged.
    const refused = await download(wordRoute, 'admin@demo.test', 'skarholmen', 2027);
    expect(refused.status).toBe(403);
  });

  it('exports pasted markup, scripts and javascript: links as text, never as markup', async () => {
    const section = await t.db.planSection.findFirstOrThrow({
      where: { plan: { organization: { slug: 'socialforvaltningen' }, startYear: 2026 } },
      orderBy: { sortOrder: 'asc' },
    });
    // Written around the sanitiser on purpose: the export must not trust what is stored.
    await t.db.planSection.update({
      where: { id: section.id },
      data: {
        body: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script> och <b>fet</b>' }] },
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Klicka', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
              ],
            },
            { type: 'rawHtml', content: [{ type: 'text', text: 'inuti okänd nod' }] },
          ],
        },
      },
    });
    const docx = await openDocx(await download(wordRoute, 'hr@demo.test', 'socialforvaltningen', 2026));
    expect(docx.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; och &lt;b&gt;fet&lt;/b&gt;');
    expect(docx.text).toContain('Klicka');
    expect(docx.text).toContain('inuti okänd nod');
    expect(docx.all).not.toMatch(/<script|javascript:/i);
  });
});

describe('suppression in exports', () => {
  it("hides a small cell from a manager's export of a plan whose text quotes it, and shows it to HR", async () => {
    // Two departures in the whole organisation: the organisation's total is a small cell (as in
    // plan-figure-privacy.test.ts), quoted as a live figure in a draft the manager may read.
    const org = await createOrganization(t.db, {
      slug: 'export-privacy',
      statistics: [
        {
          measure: 'headcount',
          year: 2025,
          department: 'Förskola',
          employmentForm: 'permanent',
          value: 40,
          stated: true,
        },
        { measure: 'departures', year: 2025, department: 'Förskola', category: 'ownRequest', value: 2, stated: false },
      ],
      plans: [
        {
          startYear: 2027,
          title: 'Kompetensförsörjningsplan 2027–2029',
          status: 'DRAFT',
          focusStrategies: [],
          sections: [{ title: 'Nuläge', body: 'Anställda: {{headcount|2025}}. Avgångar: {{departures|2025}}.' }],
          activities: [],
          gaps: [],
          risks: [],
        },
      ],
    });
    const member = (email: string, role: 'HR' | 'MANAGER') =>
      createUser(t.db, {
        email,
        name: email,
        memberships: [{ org: org.slug, role, ...(role === 'MANAGER' && { departments: ['Förskola'] }) }],
      }).then((u) => users.set(email, u.id));
    await member('hr@export.test', 'HR');
    await member('chef@export.test', 'MANAGER');
    const hr = (await openDocx(await download(wordRoute, 'hr@export.test', org.slug, 2027))).text;
    const manager = (await openDocx(await download(wordRoute, 'chef@export.test', org.slug, 2027))).text;
    expect(hr).toContain('Avgångar: 2 (2025)');
    expect(manager).toContain('Anställda: 40 (2025)');
    expect(manager).toContain('Avgångar: &lt;5 (2025)');
    expect(manager).toContain('Dolt: uppgiften gäller färre än 5 personer');
    expect(manager).not.toMatch(/Avgångar[^.]*: 2\b/);
  });
});

describe('plan → PDF', () => {
  it('prints the adopted plan as a tagged PDF with bookmarks, title, headings and Swedish figures', async () => {
    const response = await download(pdfRoute, 'hr@demo.test', 'socialforvaltningen', 2025);
    expect(
      response.status,
      await response
        .clone()
        .text()
        .catch(() => ''),
    ).toBe(200);
    expect(response.headers.get('Content-Disposition')).toContain(
      'filename="Kompetensforsorjningsplan-2025-Socialforvaltningen-faststalld.pdf"',
    );
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-pdf-'));
    const file = path.join(dir, 'plan.pdf');
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Kompetensförsörjningsplan 2025–2027/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
    expect(text).toContain('Fokus bland SKR:s strategier');
    expect(text).toContain('Aktiviteter');
    expect(text).toContain('Kompetensgap');
    expect(text).toContain('Riskbedömning');
    expect(text).toContain('Riskmatris');
    expect(text).toContain('1 016 (2024)');
    expect(text).toContain('6,2 % (2024)');
    expect(text).not.toContain('{{');
    // The outline (bookmarks) names the sections.
    const outline = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', file], { encoding: 'utf8' });
    expect(outline).toMatch(/<outline>[\s\S]*Fokus bland SKR:s strategier[\s\S]*<\/outline>/);
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'export.download' },
      orderBy: { createdAt: 'desc' },
    });
    expect(audit.details).toMatchObject({ what: 'plan', format: 'pdf', status: 'Fastställd' });
  }, 60_000);

  it('says in Swedish that PDF cannot be made where Chromium is missing, while Word still works', async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const response = await download(pdfRoute, 'hr@demo.test', 'norra-innerstaden', 2027);
      expect(response.status).toBe(503);
      expect(await response.text()).toMatch(/^PDF kan inte skapas på den här servern/);
      expect((await download(wordRoute, 'hr@demo.test', 'norra-innerstaden', 2027)).status).toBe(200);
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });
});
