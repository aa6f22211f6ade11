/**
 * npm run bench:plan — the plan (issue 7). Needs a production build (`npx next build`) for the page figures.
 *  1. Section save (guard + compare-and-set + revision row + audit row) in process: p50/p95 over 100 saves, on
 *     PGlite and, when TEST_POSTGRES_URL is set, PostgreSQL.
 *  2. The built app on an embedded database holding the demo data plus a 40-section plan with 100 live figures:
 *     server time of its reading view (time to the last byte of the HTML on localhost) p50/p95 over 30 loads,
 *     and the JavaScript a reader's browser transfers on the plan page vs an editor's on the edit route.
 */
import { spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { chromium } from '@playwright/test';
import { chromiumPath } from '@/lib/export/chromium-path';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { applyMigrations } from '@/lib/db/migrate';
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client';
import { sanitizeDocument } from '@/lib/plans/document';
import { saveSectionAction } from '@/lib/plans/section-mutations';
import { seedDemoData } from '@/prisma/seed/demo';
import { actAs } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase } from '../support/test-database';
import { benchDatabases, ms, percentile } from './stats';

const SAVES = 100;
const LOADS = 30;
const PORT = Number(process.env.BENCH_PORT ?? 3296);
const BIG_YEAR = 2031;

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}`;
}

async function benchSaves(kind: 'pglite' | 'postgres') {
  process.env.TEST_DATABASE = kind;
  const t = await createTestDatabase();
  const org = await createOrganization(t.db, {
    plans: [
      {
        startYear: 2027,
        title: 'Plan',
        status: 'DRAFT',
        focusStrategies: [],
        sections: [{ title: 'Inledning', body: 'Start.' }],
        activities: [],
        gaps: [],
        risks: [],
      },
    ],
  });
  const hr = await createUser(t.db, {
    email: 'hr@bench.test',
    name: 'HR',
    memberships: [{ org: org.slug, role: 'HR' }],
  });
  actAs(hr.id);
  const section = await t.db.planSection.findFirstOrThrow({ where: { plan: { organizationId: org.id } } });
  const body = JSON.stringify(bigSection(0));
  const times: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const started = performance.now();
    const result = await saveSectionAction({ org: org.slug, sectionId: section.id, version: i + 1, body });
    times.push(performance.now() - started);
    if (!result.ok) throw new Error(result.error);
  }
  console.info(`Spara avsnitt (${kind}, ${SAVES} sparningar med versionsrad och loggrad): ${summary(times)}`);
  await t.close();
}

const BINDINGS = [
  { measure: 'headcount', dimensions: { employmentForm: 'permanent' } },
  { measure: 'headcount', dimensions: { department: 'Äldreomsorg' } },
  { measure: 'headcount', dimensions: { department: 'Förskola' } },
  { measure: 'headcount', dimensions: { employmentForm: 'fixedTerm' } },
  { measure: 'sickLeave', dimensions: {} },
];

/** A section of a few paragraphs, a list and (every other section) five live figures: 40 sections → 100 figures. */
function bigSection(index: number) {
  const figures = index % 2 === 0 ? [] : BINDINGS;
  const text = (n: number) => ({
    type: 'text',
    text: `Stycke ${n} i avsnitt ${index + 1}: förvaltningen arbetar med kompetensförsörjning, rekrytering och introduktion. `,
  });
  const content: object[] = [];
  for (let p = 0; p < 4; p++) content.push({ type: 'paragraph', content: [text(p), text(p + 10)] });
  content.push({
    type: 'bulletList',
    content: [1, 2, 3].map((n) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [text(n)] }] })),
  });
  for (const [i, b] of figures.entries()) {
    content.push({
      type: 'paragraph',
      content: [
        { type: 'text', text: `Nyckeltal ${i + 1}: ` },
        { type: 'liveFigure', attrs: { ...b, year: 2024 + (index % 2) } },
        { type: 'text', text: '.' },
      ],
    });
  }
  return sanitizeDocument({ type: 'doc', content }, () => `b${index}x${Math.random().toString(36).slice(2, 8)}`);
}

async function prepareAppDatabase(dir: string) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.dirname(dir), { recursive: true }); // PGlite's own mkdir is not recursive
  const pglite = new PGlite(dir);
  const factory = new PrismaPGlite(pglite);
  await applyMigrations(factory);
  const db = new PrismaClient({ adapter: factory });
  await seedDemoData(db);
  const org = await db.organization.findUniqueOrThrow({ where: { slug: 'norra-innerstaden' } });
  await db.plan.create({
    data: {
      organizationId: org.id,
      startYear: BIG_YEAR,
      endYear: BIG_YEAR + 2,
      title: `Kompetensförsörjningsplan ${BIG_YEAR}–${BIG_YEAR + 2}`,
      sections: {
        create: Array.from({ length: 40 }, (_, i) => ({
          sortOrder: i + 1,
          title: `Avsnitt ${i + 1}`,
          body: bigSection(i) as Prisma.InputJsonValue,
        })),
      },
    },
  });
  const section = await db.planSection.findFirstOrThrow({ where: { plan: { startYear: BIG_YEAR } } });
  await db.$disconnect();
  await pglite.close();
  return section.id;
}

async function waitForServer(url: string) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('servern startade inte');
}

async function benchApp() {
  const dir = path.resolve('data/bench-plan/pglite');
  const sectionId = await prepareAppDatabase(dir);
  const base = `http://127.0.0.1:${PORT}`;
  const server = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PGLITE_DATA_DIR: dir,
      DATABASE_URL: '',
      NEXTAUTH_SECRET: 'bench-secret-that-is-long-enough-0123456789',
      NEXTAUTH_URL: base,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForServer(`${base}/api/health`);
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--no-sandbox'],
    });
    const jsTransferred = async (email: string, url: string, ready: string) => {
      const context = await browser.newContext({ baseURL: base });
      const page = await context.newPage();
      await page.goto('/logga-in');
      await page.getByLabel('E-post').fill(email);
      await page.getByLabel('Lösenord').fill('Demo-2026!');
      await page.getByRole('button', { name: 'Logga in', exact: true }).click();
      await page.waitForURL((u) => !u.pathname.startsWith('/logga-in'));
      // The sign-in page has already loaded the app's shared chunks into this context's cache, so the figure is
      // the JavaScript this page adds on top of them (for the editor: Tiptap and ProseMirror).
      const fresh = await context.newPage();
      await fresh.goto(url, { waitUntil: 'networkidle' });
      await fresh.locator(ready).first().waitFor();
      const bytes = await fresh.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js'))
          .reduce((sum, e) => sum + (e as PerformanceResourceTiming).transferSize, 0),
      );
      return { page: fresh, context, bytes };
    };
    const planUrl = `/norra-innerstaden/plan/${BIG_YEAR}`;
    const reader = await jsTransferred('chef.aldreomsorg@demo.test', planUrl, '.plan-section');
    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const started = performance.now();
      const response = await reader.page.request.get(planUrl);
      await response.body();
      times.push(performance.now() - started);
      if (!response.ok()) throw new Error(`HTTP ${response.status()}`);
    }
    const figures = await reader.page.locator('.live-figure').count();
    console.info(`Läsvy, 40 avsnitt med ${figures} levande siffror (${LOADS} laddningar): ${summary(times)}`);
    const editor = await jsTransferred('hr@demo.test', `${planUrl}/avsnitt/${sectionId}`, '[role="textbox"]');
    const kb = (b: number) => `${(b / 1024).toFixed(0)} kB`;
    console.info(
      `JavaScript överfört utöver inloggningssidans: läsare ${kb(reader.bytes)}, redigerare ${kb(editor.bytes)} (komprimerat)`,
    );
    await browser.close();
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

async function main() {
  // actAs (tests/support/as-user.ts) is honoured only under NODE_ENV=test; the spawned server runs as production.
  (process.env as Record<string, string>).NODE_ENV = 'test';
  for (const kind of benchDatabases()) await benchSaves(kind);
  if (process.env.BENCH_SKIP_APP !== '1') await benchApp();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
