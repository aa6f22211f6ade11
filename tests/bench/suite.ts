/**
 * npm run bench — the pages' cost against the server's floor, on the city-scale data (issue 10). Not a test: no
 * thresholds; it prints a markdown table (and writes it to data/bench/result-<time>.md).
 *
 * Needs `npm run build`. Runs the production server (scripts/start.mjs) on 127.0.0.1:BENCH_PORT (3400) against
 * the city data (npm run data:city), signs in through the sign-in form as HR, a manager and a union rep the way a
 * browser without JavaScript does, and measures with autocannon, in the same run:
 *   - the floor: a static file (a hashed JavaScript chunk) served by the same server;
 *   - each page's req/s, p50 and p95 at 10 and 50 connections, and p95 ÷ the floor's p95;
 *   - with --years: each page's p95 at 10 connections with 1 stored year beside 10;
 *   - the server's RSS idle and the highest seen under load;
 *   - with --lighthouse: Lighthouse 12 desktop and mobile (score, LCP, TBT, CLS, JavaScript transferred).
 *
 * Flags (all optional):
 *   --db pglite|postgres|both   which database (postgres needs BENCH_POSTGRES_URL=postgresql://user@host:port)
 *   --targets a,b,…             floor is always measured; default every page:
 *                               start, dashboard, dashboard-union, plan, register, mine, samverkan
 *   --connections 10,50         default 10,50
 *   --duration 10               seconds per measurement (default 10)
 *   --years                     also measure on 1 stored year (p95 1 year vs 10 years)
 *   --lighthouse                Lighthouse on start, dashboard and plan page (desktop and mobile)
 * The data is generated once into data/bench/<db>-<years>y (PGlite) or databases kp_bench_<years>y (PostgreSQL)
 * and reused; delete them to regenerate. CHROME_PATH (default /usr/bin/chromium) is Lighthouse's browser.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { percentile } from './stats';

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
};
const ACCOUNTS: Record<Who, string> = {
  hr: 'hr1@stad-01.stad.test',
  manager: 'chef1@stad-01.stad.test',
  union: 'fack1@stad-01.stad.test',
  unionOther: 'fack1@stad-02.stad.test',
};
const PASSWORD = 'Demo-2026!';
const LIGHTHOUSE_TARGETS = ['start', 'dashboard', 'plan'];

function flags(argv: string[]) {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const db = value('--db') ?? 'pglite';
  const targets = (value('--targets') ?? Object.keys(TARGETS).join(',')).split(',').filter(Boolean);
  for (const t of targets) if (!TARGETS[t]) throw new Error(`okänt mål ${t} (${Object.keys(TARGETS).join(', ')})`);
  return {
    dbs: (db === 'both' ? ['pglite', 'postgres'] : [db]) as Db[],
    targets,
    connections: (value('--connections') ?? '10,50').split(',').map(Number),
    duration: Number(value('--duration') ?? 10),
    years: argv.includes('--years'),
    lighthouse: argv.includes('--lighthouse'),
  };
}

const root = process.cwd();
const benchDir = path.join(root, 'data', 'bench');
const port = Number(process.env.BENCH_PORT ?? 3400);
const url = `http://127.0.0.1:${port}`;

/** The city data for a database and number of years, generated once with npm run data:city. */
function prepareData(db: Db, years: number): Record<string, string> {
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
  return { DATABASE_URL: databaseUrl };
}

type Server = { pid: number; stop: () => void };

async function startServer(env: Record<string, string>): Promise<Server> {
  // BENCH_STANDALONE=dir runs another build's .next/standalone (e.g. a copy of the build before a change).
  const standalone = process.env.BENCH_STANDALONE;
  const child: ChildProcess = spawn(
    process.execPath,
    [standalone ? path.join(standalone, 'server.js') : 'scripts/start.mjs'],
    {
      env: {
        ...process.env,
        ...env,
        ...(standalone
          ? { HOSTNAME: '127.0.0.1', PGLITE_DATA_DIR: env.PGLITE_DATA_DIR ? path.resolve(env.PGLITE_DATA_DIR) : '' }
          : {}),
        HOST: '127.0.0.1',
        PORT: String(port),
        NEXTAUTH_SECRET: 'bench-secret-that-is-long-enough-0123456789',
        NEXTAUTH_URL: url,
        DEMO_SEED: 'false',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const stop = () => child.kill('SIGTERM');
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { pid: child.pid!, stop };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error('servern svarade inte (kör `npm run build` först)');
}

async function signIn(email: string): Promise<string> {
  const html = await (await fetch(`${url}/logga-in`)).text();
  const form = html.slice(html.indexOf('<form'), html.indexOf('</form>'));
  const body = new FormData();
  for (const [, attrs] of form.matchAll(/<input([^>]*)>/g)) {
    const name = /name="([^"]*)"/.exec(attrs!)?.[1];
    if (!name || name === 'email' || name === 'password') continue;
    body.append(name, (/value="([^"]*)"/.exec(attrs!)?.[1] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
  }
  body.append('email', email);
  body.append('password', PASSWORD);
  const response = await fetch(`${url}/logga-in`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { 'x-forwarded-for': `192.0.2.${Math.floor(Math.random() * 200) + 1}` },
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .filter((c) => c.includes('session-token'))
    .join('; ');
  if (!cookie) throw new Error(`${email} kunde inte logga in (status ${response.status})`);
  return cookie;
}

function rssMb(pid: number): number {
  // The server may run in a child of start.mjs's process (it does not today): sum the tree.
  const pids = [pid];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  let kb = 0;
  for (const p of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kb / 1024;
}

type Load = { rps: number; p50: number; p95: number; errors: number; requests: number };

async function load(pathName: string, cookie: string | null, connections: number, duration: number): Promise<Load> {
  const times: number[] = [];
  let errors = 0;
  const instance = autocannon({
    url: `${url}${pathName}`,
    connections,
    duration,
    timeout: 60,
    headers: cookie ? { cookie } : {},
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
    if (status !== 200) errors++;
    times.push(time);
  });
  const result = await instance;
  // Requests still queued in the server when the time is up would slow the next measurement: wait them out.
  await fetch(`${url}${pathName}`, { headers: cookie ? { cookie } : {} }).then((r) => r.arrayBuffer());
  times.sort((a, b) => a - b);
  return {
    rps: times.length / duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    errors: errors + result.errors + result.timeouts,
    requests: times.length,
  };
}

/** A hashed JavaScript chunk of the build: the cheapest thing the server can answer. */
function staticFile(): string {
  const build = process.env.BENCH_STANDALONE ?? root;
  const dir = path.join(build, '.next', 'static', 'chunks');
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ f, size: statSync(path.join(dir, f)).size }))
    .sort((a, b) => a.size - b.size || a.f.localeCompare(b.f))[0]!.f;
  return `/_next/static/chunks/${file}`;
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

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('sv-SE', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function lighthouseRun(pathName: string, cookie: string, mobile: boolean) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
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
  for (const db of options.dbs) {
    const yearSets = options.years ? [10, 1] : [10];
    const p95ByYears = new Map<number, Map<string, number>>();
    for (const years of yearSets) {
      const env = prepareData(db, years);
      const server = await startServer(env);
      try {
        const cookies = {} as Record<Who, string>;
        for (const who of Object.keys(ACCOUNTS) as Who[]) cookies[who] = await signIn(ACCOUNTS[who]);
        for (const t of options.targets) {
          const target = TARGETS[t]!;
          for (let i = 0; i < 3; i++) {
            const response = await fetch(`${url}${target.path}`, {
              headers: { cookie: cookies[target.who] },
              redirect: 'manual',
            });
            await response.arrayBuffer();
            if (response.status !== 200) throw new Error(`${target.path} svarade ${response.status}`);
          }
        }
        const idle = rssMb(server.pid);
        let peak = idle;
        const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid))), 250);
        const p95s = new Map<string, number>();
        p95ByYears.set(years, p95s);
        const connectionSets = years === 10 ? options.connections : [10];
        print();
        print(`## ${db === 'pglite' ? 'PGlite (inbäddad)' : 'PostgreSQL'}, ${years} lagrade år`);
        for (const connections of connectionSets) {
          const floor = await load(floorPath, null, connections, options.duration);
          print();
          print(`### ${connections} samtidiga anslutningar`);
          print();
          print('| mål | req/s | p50 | p95 | p95 ÷ golvets p95 | fel |');
          print('|---|---:|---:|---:|---:|---:|');
          print(
            `| golvet: statisk fil från samma server | ${fmt(floor.rps, 1)} | ${fmt(floor.p50, 1)} ms | ${fmt(floor.p95, 1)} ms | 1 | ${floor.errors} |`,
          );
          for (const t of options.targets) {
            const target = TARGETS[t]!;
            const r = await load(target.path, cookies[target.who], connections, options.duration);
            if (connections === 10) p95s.set(t, r.p95);
            print(
              r.requests === 0
                ? `| ${target.label} | 0 | inget svar inom ${options.duration} s | – | – | ${r.errors} |`
                : `| ${target.label} | ${fmt(r.rps, 1)} | ${fmt(r.p50)} ms | ${fmt(r.p95)} ms | ${fmt(r.p95 / Math.max(floor.p95, 0.1), 1)} | ${r.errors} |`,
            );
          }
        }
        clearInterval(sampler);
        print();
        print(`Serverns RSS: ${fmt(idle)} MB i vila, högst ${fmt(peak)} MB under last.`);
        if (years === 10) {
          print();
          print('JavaScript som sidan laddar innan något skrollas (skript-taggarna i HTML, gzip):');
          for (const t of LIGHTHOUSE_TARGETS.filter((x) => options.targets.includes(x))) {
            const target = TARGETS[t]!;
            print(`- ${target.label}: ${fmt(await initialScriptKb(target.path, cookies[target.who]))} kB`);
          }
        }
        if (options.lighthouse && years === 10) {
          print();
          print('### Lighthouse 12 (prestanda)');
          print();
          print('| sida | läge | poäng | LCP | TBT | CLS | JavaScript överfört |');
          print('|---|---|---:|---:|---:|---:|---:|');
          for (const t of LIGHTHOUSE_TARGETS) {
            const target = TARGETS[t]!;
            for (const mobile of [false, true]) {
              const r = await lighthouseRun(target.path, cookies[target.who], mobile);
              print(
                `| ${target.label} | ${mobile ? 'mobil' : 'dator'} | ${r.score} | ${fmt(r.lcp)} ms | ${fmt(r.tbt)} ms | ${fmt(r.cls, 3)} | ${fmt(r.js)} kB |`,
              );
            }
          }
        }
      } finally {
        server.stop();
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    }
    if (options.years) {
      print();
      print(`### p95 vid 10 anslutningar: 1 mot 10 lagrade år (${db})`);
      print();
      print('| mål | 1 år | 10 år | förändring |');
      print('|---|---:|---:|---:|');
      for (const t of options.targets) {
        const one = p95ByYears.get(1)!.get(t)!;
        const ten = p95ByYears.get(10)!.get(t)!;
        print(
          `| ${TARGETS[t]!.label} | ${fmt(one)} ms | ${fmt(ten)} ms | ${ten >= one ? '+' : ''}${fmt(((ten - one) / one) * 100)} % |`,
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
