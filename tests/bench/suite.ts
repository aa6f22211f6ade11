/**
 * npm run bench — the pages' cost against the server's floor, on the city-scale data (issue 10). Not a test: no
 * thresholds; it prints a markdown table (and writes it to data/bench/result-<time>.md).
 *
 * Needs `npm run build`. Runs the production server (scripts/start.mjs) on 127.0.0.1:BENCH_PORT (3400) against
 * the city data (npm run data:city), signs in through the sign-in form as HR, a manager and a union rep the way a
 * browser without JavaScript does, and measures with autocannon, in the same run:
 *   - the floor: a static file (a hashed JavaScript chunk) served by the same server;
 *   - each page's req/s, p50 and p95 at 10 and 50 connections, and p95 ÷ the floor's p95;
 *   - the same for a section save and a follow-up save (tests/bench/writes.ts: the real server actions, one writer
 *     per connection, each on its own section or activity); afterwards the audit, revision and follow-up rows in
 *     the database are counted and compared with the successful saves;
 *   - with --years: each page's p95 at 10 connections with 1 stored year beside 10;
 *   - the server's RSS idle and the highest seen under load;
 *   - with --lighthouse: Lighthouse 12 desktop and mobile (score, LCP, TBT, CLS, JavaScript transferred).
 *
 * Flags (all optional):
 *   --db pglite|postgres|both   which database (postgres needs BENCH_POSTGRES_URL=postgresql://user@host:port)
 *   --targets a,b,…             floor is always measured; default every page and save:
 *                               start, dashboard, dashboard-union, plan, register, mine, samverkan, meeting,
 *                               notices, section-save, follow-up-save (none with --soak)
 *   --connections 10,50         default 10,50
 *   --duration 10               seconds per measurement (default 10)
 *   --years                     also measure on 1 stored year (p95 1 year vs 10 years)
 *   --lighthouse                Lighthouse on the start page, dashboard, plan, "Mina aktiviteter" and a samverkan
 *                               meeting (those of them in --targets; desktop and mobile)
 *   --lighthouse-runs 1         Lighthouse runs per page and mode (scores vary on a busy machine)
 *   --lighthouse-mobile         Lighthouse mobile only
 *   --import                    after the loads, HR imports 100 000 rows through the upload route (into stad-30):
 *                               the server's RSS before, at most during, and after
 *   --demo                      the pages on the demo data instead (PGlite, data/bench/pglite-demo, loaded by a
 *                               first server start; the measured server is a restart), no saves
 *   --soak                      50 simulated users for --soak-minutes (10): 10 HR saving sections, 25 managers
 *                               saving follow-ups, 15 union reps reading samverkan, plan and statistics, each
 *                               thinking --soak-think seconds (5, drawn from 0,5–1,5 ×) between actions; errors,
 *                               p50/p95 per kind and RSS at start and end
 * The data is generated once into data/bench/<db>-<years>y (PGlite) or databases kp_bench_<years>y (PostgreSQL)
 * and reused; delete them to regenerate. CHROME_PATH (default /usr/bin/chromium) is Lighthouse's browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchPackage } from './bench-packages';
import { benchDir, cpuMs, fmt, load, root, rssMb, signIn, startServer, staticFile, url, watchRss } from './server';
import { type Action, type User, inTurn, repeating, runUsers, summarize } from './users';
import { countWrites, followUpForms, import100k, read, saveFollowUp, saveSection, sections } from './writes';

type Db = 'pglite' | 'postgres';
type Who = 'hr' | 'manager' | 'union' | 'unionOther';

const TARGETS: Record<string, { label: string; path: string; who: Who }> = {
  start: { label: 'Startsidan (HR)', path: '/stad-01', who: 'hr' },
  dashboard: { label: 'Personalstatistik (HR)', path: '/stad-01/statistik', who: 'hr' },
  'dashboard-union': { label: 'Personalstatistik (fackligt ombud, maskad)', path: '/stad-01/statistik', who: 'union' },
  plan: { label: 'Planen, läsvy (HR)', path: '/stad-01/plan/2026', who: 'hr' },
  register: { label: 'Aktivitetsregistret (HR)', path: '/stad-01/aktiviteter', who: 'hr' },
  mine: { label: 'Mina aktiviteter (chef)', path: '/stad-01/aktiviteter/mina', who: 'manager' },
  samverkan: { label: 'Samverkan (fackligt ombud)', path: '/stad-02/samverkan', who: 'unionOther' },
  notices: { label: 'Notiser (HR, nästan inget innehåll: golvet för inloggade)', path: '/stad-01/notiser', who: 'hr' },
  // The first meeting linked from the samverkan list (meetingPath): its id is only known once the data exists.
  meeting: { label: 'Samverkansmöte (fackligt ombud)', path: '/stad-02/samverkan', who: 'unionOther' },
};
const ACCOUNTS: Record<Who, string> = {
  hr: 'hr1@stad-01.stad.test',
  manager: 'chef1@stad-01.stad.test',
  union: 'fack1@stad-01.stad.test',
  unionOther: 'fack1@stad-02.stad.test',
};
/** With --demo: the same pages in the demo data (npm run demo's organisations and accounts). */
const DEMO_PATHS: Record<string, string> = {
  start: '/norra-innerstaden',
  dashboard: '/norra-innerstaden/statistik',
  'dashboard-union': '/skarholmen/statistik',
  plan: '/norra-innerstaden/plan/2027',
  register: '/norra-innerstaden/aktiviteter',
  mine: '/norra-innerstaden/aktiviteter/mina',
  samverkan: '/skarholmen/samverkan',
  notices: '/norra-innerstaden/notiser',
  meeting: '/skarholmen/samverkan',
};
const DEMO_ACCOUNTS: Record<Who, string> = {
  hr: 'hr@demo.test',
  manager: 'chef.aldreomsorg@demo.test',
  union: 'fack.ssr@demo.test',
  unionOther: 'fack.ssr@demo.test',
};
/** Saves measured like the pages: one writer per connection, each saving its own section or activity. */
const SAVES: Record<string, string> = {
  'section-save': 'Spara avsnitt (HR, serveråtgärd)',
  'follow-up-save': 'Spara uppföljning (chef, formulär)',
};
const LIGHTHOUSE_TARGETS = ['start', 'dashboard', 'plan', 'mine', 'meeting'];
/** The organisation the 100 000-row import goes into: none of the measured pages shows it. */
const IMPORT_ORG = 'stad-30';

function flags(argv: string[]) {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const db = value('--db') ?? 'pglite';
  const demo = argv.includes('--demo');
  const soak = argv.includes('--soak');
  const known = [...Object.keys(TARGETS), ...(demo ? [] : Object.keys(SAVES))];
  const targets = (value('--targets') ?? (soak ? '' : known.join(','))).split(',').filter(Boolean);
  for (const t of targets) if (!known.includes(t)) throw new Error(`okänt mål ${t} (${known.join(', ')})`);
  if (demo && db !== 'pglite') throw new Error('--demo mäter den inbäddade databasen: --db pglite');
  return {
    dbs: (db === 'both' ? ['pglite', 'postgres'] : [db]) as Db[],
    targets,
    connections: (value('--connections') ?? '10,50').split(',').map(Number),
    duration: Number(value('--duration') ?? 10),
    years: argv.includes('--years'),
    lighthouse: argv.includes('--lighthouse'),
    lighthouseRuns: Number(value('--lighthouse-runs') ?? 1),
    lighthouseModes: argv.includes('--lighthouse-mobile') ? [true] : [false, true],
    demo,
    import: argv.includes('--import'),
    soak,
    soakMinutes: Number(value('--soak-minutes') ?? 10),
    soakThink: Number(value('--soak-think') ?? 5),
  };
}

/**
 * The city data for a database and number of years, generated once with npm run data:city; with `demo` the demo
 * data, which the embedded server loads itself on its first start.
 */
function prepareData(db: Db, years: number, demo: boolean): Record<string, string> {
  if (demo) return { DATABASE_URL: '', PGLITE_DATA_DIR: path.join(benchDir, 'pglite-demo'), DEMO_SEED: 'true' };
  if (db === 'pglite') {
    const dir = path.join(benchDir, `pglite-${years}y`);
    if (!existsSync(path.join(dir, 'PG_VERSION'))) {
      console.error(`… genererar stadsdata (${years} år) i ${dir}`);
      execFileSync('npm', ['run', 'data:city', '--', '--years', String(years)], {
        stdio: 'inherit',
        env: { ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: dir },
      });
    }
    return { DATABASE_URL: '', PGLITE_DATA_DIR: dir };
  }
  const base = process.env.BENCH_POSTGRES_URL;
  if (!base) throw new Error('--db postgres behöver BENCH_POSTGRES_URL=postgresql://användare@värd:port');
  const name = `kp_bench_${years}y`;
  const databaseUrl = `${base.replace(/\/[^/]*$/, '')}/${name}`;
  const psql = (sql: string) =>
    execFileSync('psql', [`${base.replace(/\/[^/]*$/, '')}/postgres`, '-tAc', sql], { encoding: 'utf8' }).trim();
  if (psql(`SELECT 1 FROM pg_database WHERE datname = '${name}'`) !== '1') {
    psql(`CREATE DATABASE ${name}`);
    console.error(`… genererar stadsdata (${years} år) i ${name}`);
    execFileSync('npm', ['run', 'data:city', '--', '--years', String(years)], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
  }
  // Data generated by an older version: migrate it, as an upgrade of a PostgreSQL installation does (the embedded
  // database migrates itself when the server starts).
  execFileSync('npm', ['run', 'db:migrate'], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: databaseUrl } });
  return { DATABASE_URL: databaseUrl };
}

/** The city data's organisation number n (1–30). */
const cityOrg = (n: number) => `stad-${String(n).padStart(2, '0')}`;

/** One writer per connection: the sections of the plans under review (stad-02, -04, …) or stad-01's activities. */
async function writers(kind: string, count: number): Promise<Action[]> {
  const found: Action[] = [];
  if (kind === 'section-save') {
    for (let n = 2; found.length < count && n <= 30; n += 2) {
      const org = cityOrg(n);
      found.push(...(await sections(org, 2026, await signIn(`hr1@${org}.stad.test`))).map(saveSection));
    }
  } else {
    const seen = new Set<string>();
    for (let m = 1; found.length < count && m <= 60; m++) {
      for (const form of await followUpForms('stad-01', await signIn(`chef${m}@stad-01.stad.test`))) {
        if (!seen.has(form.activityId)) found.push(saveFollowUp(form));
        seen.add(form.activityId);
      }
    }
  }
  if (found.length < count) throw new Error(`bara ${found.length} skrivare för ${kind}`);
  return found.slice(0, count);
}

/**
 * The soak's 50 users from the city data: 10 HR consultants saving sections of their plan under review (two per
 * organisation, each their own half), 25 managers following up their activities (the first manager of
 * organisations 1–25…) and 15 union reps reading samverkan, the plan and the statistics in turn.
 */
async function soakUsers(): Promise<User[]> {
  const editors: User[] = [];
  const managers: User[] = [];
  const readers: User[] = [];
  for (const n of [2, 4, 6, 8, 10]) {
    const org = cityOrg(n);
    const all = await sections(org, 2026, await signIn(`hr1@${org}.stad.test`));
    const hr2 = await signIn(`hr2@${org}.stad.test`);
    editors.push(inTurn(all.filter((_, i) => i % 2 === 0).map(saveSection)));
    editors.push(inTurn(all.filter((_, i) => i % 2 === 1).map((s) => saveSection({ ...s, cookie: hr2 }))));
    for (const rep of [1, 2, 3]) {
      const cookie = await signIn(`fack${rep}@${org}.stad.test`);
      readers.push(
        inTurn([
          read('samverkan', `/${org}/samverkan`, cookie),
          read('plan', `/${org}/plan/2026`, cookie),
          read('dashboard', `/${org}/statistik`, cookie),
        ]),
      );
    }
  }
  for (let n = 1; managers.length < 25 && n <= 30; n++) {
    const org = cityOrg(n);
    const forms = await followUpForms(org, await signIn(`chef1@${org}.stad.test`));
    if (forms.length) managers.push(inTurn(forms.map(saveFollowUp)));
  }
  return [...editors, ...managers, ...readers];
}

type Print = (line?: string) => void;
const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

const SOAK_KINDS: Record<string, string> = {
  all: 'alla',
  'section-save': 'spara avsnitt (HR)',
  'follow-up-save': 'spara uppföljning (chef)',
  samverkan: 'samverkan (fackligt ombud)',
  plan: 'planen, läsvy (fackligt ombud)',
  dashboard: 'personalstatistik (fackligt ombud, maskad)',
};

/** --soak: the 50 users for --soak-minutes, beside the floor at 50 connections measured just before. */
async function soak(
  pid: number,
  floorPath: string,
  options: { soakMinutes: number; soakThink: number; duration: number },
  print: Print,
): Promise<Map<string, number>> {
  const users = await soakUsers();
  const floor = await load(floorPath, null, 50, options.duration);
  const start = rssMb(pid);
  const peak = watchRss(pid);
  const loadBefore = loadavg();
  const run = await runUsers(users, options.soakMinutes * 60, options.soakThink * 1000);
  const end = rssMb(pid);
  const summary = summarize(run.samples, run.seconds);
  print();
  print(`### Blandad last: ${users.length} användare i ${fmt(run.seconds / 60, 1)} min`);
  print();
  print(
    `10 HR-konsulter sparar avsnitt, 25 chefer sparar uppföljningar, 15 fackliga ombud läser samverkan, planen och personalstatistiken i tur och ordning; var och en väntar ${fmt(options.soakThink * 0.5, 1)}–${fmt(options.soakThink * 1.5, 1)} s mellan sina åtgärder. Golvet: statisk fil vid 50 anslutningar strax före, p95 ${fmt(floor.p95, 1)} ms. Belastning (uptime) före ${loadBefore}, efter ${loadavg()}.`,
  );
  print();
  print('| slag | antal | per s | p50 | p95 | p95 ÷ golvets p95 | fel |');
  print('|---|---:|---:|---:|---:|---:|---:|');
  for (const [kind, r] of summary) {
    print(
      `| ${SOAK_KINDS[kind] ?? kind} | ${r.count} | ${fmt(r.rps, 1)} | ${fmt(r.p50)} ms | ${fmt(r.p95)} ms | ${fmt(r.p95 / Math.max(floor.p95, 0.1), 1)} | ${r.errors}${r.reasons.length ? ` (${r.reasons.join('; ')})` : ''} |`,
    );
  }
  print();
  print(
    `Serverns RSS under den blandade lasten: ${fmt(start)} MB vid start, ${fmt(end)} MB vid slut, högst ${fmt(peak())} MB.`,
  );
  const succeeded = (kind: string) => (summary.get(kind)?.count ?? 0) - (summary.get(kind)?.errors ?? 0);
  return new Map(['section-save', 'follow-up-save'].map((kind) => [kind, succeeded(kind)]));
}

/** --import: HR imports 100 000 rows through the upload route; the server's RSS before, during and after. */
async function importRss(pid: number, print: Print) {
  const cookie = await signIn(`hr1@${IMPORT_ORG}.stad.test`);
  const before = rssMb(pid);
  const peak = watchRss(pid);
  const started = performance.now();
  const message = await import100k(IMPORT_ORG, cookie);
  const seconds = (performance.now() - started) / 1000;
  const highest = peak();
  const after = rssMb(pid);
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  print();
  print(
    `Import av 100 000 rader till ${IMPORT_ORG} genom uppladdningen (förhandsgranskning och bekräftelse, ${fmt(seconds, 1)} s; ”${message}”): serverns RSS ${fmt(before)} MB före, högst ${fmt(highest)} MB under, ${fmt(after)} MB direkt efter och ${fmt(rssMb(pid))} MB 10 s efter.`,
  );
}

/** Every successful save must have written exactly one audit row and one row of its own, and nothing else may. */
function printWriteCheck(
  before: Awaited<ReturnType<typeof countWrites>>,
  after: Awaited<ReturnType<typeof countWrites>>,
  saved: Map<string, number>,
  print: Print,
) {
  const sections = saved.get('section-save') ?? 0;
  const followUps = saved.get('follow-up-save') ?? 0;
  const rows = {
    sectionAudit: after.sectionAudit - before.sectionAudit,
    revisions: after.revisions - before.revisions,
    followUpAudit: after.followUpAudit - before.followUpAudit,
    followUps: after.followUps - before.followUps,
  };
  const ok =
    rows.sectionAudit === sections &&
    rows.revisions === sections &&
    rows.followUpAudit === followUps &&
    rows.followUps === followUps;
  print();
  print(
    `Skrivningarna, räknade i databasen efter körningen: ${sections} lyckade avsnittssparningar → ${rows.sectionAudit} nya loggrader och ${rows.revisions} nya versioner; ${followUps} lyckade uppföljningar → ${rows.followUpAudit} nya loggrader och ${rows.followUps} nya uppföljningsrader. ${ok ? 'Stämmer.' : '**Stämmer inte.**'}`,
  );
}

/** The first meeting the samverkan list links to, for the `meeting` target. */
async function meetingPath(listPath: string, cookie: string): Promise<string> {
  const html = await (await fetch(`${url}${listPath}`, { headers: { cookie } })).text();
  const escaped = listPath.replace(/[/-]/g, (c) => `\\${c}`);
  const found = new RegExp(`href="(${escaped}/(?!nytt)[^"/]+)"`).exec(html)?.[1];
  if (!found) throw new Error(`inget samverkansmöte länkat från ${listPath}`);
  return found;
}

/** The gzip size of every script the page's HTML names (what a browser fetches before any lazy chunk). */
async function initialScriptKb(pathName: string, cookie: string): Promise<number> {
  const html = await (await fetch(`${url}${pathName}`, { headers: { cookie } })).text();
  // Polyfills are `nomodule`: browsers that run the app never download them.
  const sources = [
    ...new Set(
      [...html.matchAll(/<script([^>]+)src="([^"]+)"/g)].filter((m) => !/nomodule/i.test(m[1]!)).map((m) => m[2]!),
    ),
  ];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
    bytes += gzipSync(body, { level: 6 }).length;
  }
  return bytes / 1024;
}

async function lighthouseRun(pathName: string, cookie: string, mobile: boolean) {
  const { default: lighthouse } = await benchPackage<typeof import('lighthouse')>('lighthouse');
  const chromeLauncher = await benchPackage<typeof import('chrome-launcher')>('chrome-launcher');
  const desktop = mobile ? undefined : (await import('lighthouse/core/config/desktop-config.js')).default;
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
  });
  try {
    const result = await lighthouse(
      `${url}${pathName}`,
      { port: chrome.port, onlyCategories: ['performance'], extraHeaders: { Cookie: cookie }, logLevel: 'error' },
      desktop,
    );
    const lhr = result!.lhr;
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const items = (
      lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] }
    )?.items;
    const script = items?.find((i) => i.resourceType === 'script')?.transferSize ?? NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      js: script / 1024,
    };
  } finally {
    await chrome.kill();
  }
}

async function main() {
  const options = flags(process.argv.slice(2));
  mkdirSync(benchDir, { recursive: true });
  const out: string[] = [];
  const print = (line = '') => {
    out.push(line);
    console.log(line);
  };
  print(`# npm run bench ${process.argv.slice(2).join(' ')}`.trim());
  print();
  print(
    `${new Date().toISOString()} · ${os.cpus().length} kärnor · belastning före (uptime) ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')} · ${options.duration} s per mätning`,
  );
  const floorPath = staticFile();
  const paths: Record<string, string> = {};
  const pathOf = (t: string) => paths[t] ?? (options.demo ? DEMO_PATHS[t]! : TARGETS[t]!.path);
  const accounts = options.demo ? DEMO_ACCOUNTS : ACCOUNTS;
  const pages = options.targets.filter((t) => TARGETS[t]);
  const saves = options.targets.filter((t) => SAVES[t]);
  const checkWrites = saves.length > 0 || options.soak;
  for (const db of options.dbs) {
    const yearSets = options.years ? [10, 1] : [10];
    const p95ByYears = new Map<number, Map<string, number>>();
    for (const years of yearSets) {
      const env = prepareData(db, years, options.demo);
      const writesBefore = checkWrites ? await countWrites(env) : null;
      const saved = new Map<string, number>(); // successful saves per kind, to compare with the rows afterwards
      if (options.demo && !existsSync(path.join(env.PGLITE_DATA_DIR!, 'PG_VERSION'))) {
        // The first start loads the demo data in the server process: measure a restart, as users run it.
        console.error(`… läser in demodata i ${env.PGLITE_DATA_DIR}`);
        (await startServer(env)).stop();
        await new Promise((resolve) => setTimeout(resolve, 3000));
      }
      const server = await startServer(env);
      try {
        const cookies = {} as Record<Who, string>;
        for (const who of Object.keys(accounts) as Who[]) cookies[who] = await signIn(accounts[who]);
        if (pages.includes('meeting'))
          paths.meeting = await meetingPath(pathOf('meeting'), cookies[TARGETS.meeting!.who]);
        for (const t of pages) {
          for (let i = 0; i < 3; i++) {
            const response = await fetch(`${url}${pathOf(t)}`, {
              headers: { cookie: cookies[TARGETS[t]!.who] },
              redirect: 'manual',
            });
            await response.arrayBuffer();
            if (response.status !== 200) throw new Error(`${pathOf(t)} svarade ${response.status}`);
          }
        }
        const connectionSets = years === 10 ? options.connections : [10];
        const saveWriters = new Map<string, Action[]>();
        for (const t of saves) saveWriters.set(t, await writers(t, Math.max(...connectionSets)));
        const idle = rssMb(server.pid);
        const peak = watchRss(server.pid);
        const p95s = new Map<string, number>();
        p95ByYears.set(years, p95s);
        print();
        print(
          `## ${db === 'pglite' ? 'PGlite (inbäddad)' : 'PostgreSQL'}, ${options.demo ? 'demodata' : `${years} lagrade år`}`,
        );
        for (const connections of connectionSets) {
          // The server's CPU per request: on a shared machine req/s depends on what else runs, this much less.
          const cpuPerRequest = async (requests: () => Promise<number>) => {
            const before = cpuMs(server.pid);
            const count = await requests();
            return count ? fmt((cpuMs(server.pid) - before) / count, 1) : '–';
          };
          let floor = { rps: 0, p50: 0, p95: 0, errors: 0, requests: 0 };
          const floorCpu = await cpuPerRequest(async () => {
            floor = await load(floorPath, null, connections, options.duration);
            return floor.requests;
          });
          print();
          print(`### ${connections} samtidiga anslutningar`);
          print();
          print('| mål | req/s | p50 | p95 | p95 ÷ golvets p95 | server-CPU ms/anrop | fel |');
          print('|---|---:|---:|---:|---:|---:|---:|');
          print(
            `| golvet: statisk fil från samma server | ${fmt(floor.rps, 1)} | ${fmt(floor.p50, 1)} ms | ${fmt(floor.p95, 1)} ms | 1 | ${floorCpu} | ${floor.errors} |`,
          );
          for (const t of pages) {
            let r = floor;
            const cpu = await cpuPerRequest(async () => {
              r = await load(pathOf(t), cookies[TARGETS[t]!.who], connections, options.duration);
              return r.requests;
            });
            if (connections === 10) p95s.set(t, r.p95);
            print(
              r.requests === 0
                ? `| ${TARGETS[t]!.label} | 0 | inget svar inom ${options.duration} s | – | – | – | ${r.errors} |`
                : `| ${TARGETS[t]!.label} | ${fmt(r.rps, 1)} | ${fmt(r.p50)} ms | ${fmt(r.p95)} ms | ${fmt(r.p95 / Math.max(floor.p95, 0.1), 1)} | ${cpu} | ${r.errors} |`,
            );
          }
          for (const t of saves) {
            let r = { count: 0, errors: 0, rps: 0, p50: 0, p95: 0, reasons: [] as string[] };
            const cpu = await cpuPerRequest(async () => {
              const run = await runUsers(saveWriters.get(t)!.slice(0, connections).map(repeating), options.duration);
              r = summarize(run.samples, run.seconds).get('all')!;
              return r.count;
            });
            saved.set(t, (saved.get(t) ?? 0) + r.count - r.errors);
            if (connections === 10) p95s.set(t, r.p95);
            print(
              `| ${SAVES[t]} | ${fmt(r.rps, 1)} | ${fmt(r.p50)} ms | ${fmt(r.p95)} ms | ${fmt(r.p95 / Math.max(floor.p95, 0.1), 1)} | ${cpu} | ${r.errors}${r.reasons.length ? ` (${r.reasons.join('; ')})` : ''} |`,
            );
          }
        }
        print();
        print(`Serverns RSS: ${fmt(idle)} MB i vila, högst ${fmt(peak())} MB under last.`);
        if (options.soak) {
          for (const [kind, count] of await soak(server.pid, floorPath, options, print)) {
            saved.set(kind, (saved.get(kind) ?? 0) + count);
          }
        }
        if (options.import && !options.demo) await importRss(server.pid, print);
        if (years === 10 && LIGHTHOUSE_TARGETS.some((t) => pages.includes(t))) {
          print();
          print('JavaScript som sidan laddar innan något skrollas (skript-taggarna i HTML, gzip):');
          for (const t of LIGHTHOUSE_TARGETS.filter((x) => pages.includes(x))) {
            print(`- ${TARGETS[t]!.label}: ${fmt(await initialScriptKb(pathOf(t), cookies[TARGETS[t]!.who]))} kB`);
          }
        }
        if (options.lighthouse && years === 10) {
          print();
          print('### Lighthouse 12 (prestanda)');
          print();
          print('| sida | läge | poäng | LCP | TBT | CLS | JavaScript överfört |');
          print('|---|---|---:|---:|---:|---:|---:|');
          for (const t of LIGHTHOUSE_TARGETS.filter((x) => pages.includes(x))) {
            const target = TARGETS[t]!;
            for (const mobile of options.lighthouseModes) {
              for (let run = 0; run < options.lighthouseRuns; run++) {
                const r = await lighthouseRun(pathOf(t), cookies[target.who], mobile);
                print(
                  `| ${target.label} | ${mobile ? 'mobil' : 'dator'} | ${r.score} | ${fmt(r.lcp)} ms | ${fmt(r.tbt)} ms | ${fmt(r.cls, 3)} | ${fmt(r.js)} kB |`,
                );
              }
            }
          }
        }
      } finally {
        server.stop();
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
      if (writesBefore) printWriteCheck(writesBefore, await countWrites(env), saved, print);
    }
    if (options.years) {
      print();
      print(`### p95 vid 10 anslutningar: 1 mot 10 lagrade år (${db})`);
      print();
      print('| mål | 1 år | 10 år | förändring |');
      print('|---|---:|---:|---:|');
      for (const t of options.targets) {
        const label = TARGETS[t]?.label ?? SAVES[t];
        const one = p95ByYears.get(1)!.get(t)!;
        const ten = p95ByYears.get(10)!.get(t)!;
        print(
          `| ${label} | ${fmt(one)} ms | ${fmt(ten)} ms | ${ten >= one ? '+' : ''}${fmt(((ten - one) / one) * 100)} % |`,
        );
      }
    }
  }
  print();
  print(
    `Belastning efter (uptime): ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  const file = path.join(benchDir, `result-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
  writeFileSync(file, `${out.join('\n')}\n`);
  console.error(`(sparad i ${path.relative(root, file)})`);
  process.exit(0);
}

await main();
