/** The production server the benchmarks measure, and how they sign in and load it (tests/bench/suite.ts). */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { benchPackage } from './bench-packages';
import { percentile } from './stats';

export const PASSWORD = 'Demo-2026!';
export const root = process.cwd();
export const benchDir = path.join(root, 'data', 'bench');
const port = Number(process.env.BENCH_PORT ?? 3400);
export const url = `http://127.0.0.1:${port}`;

export type Server = { pid: number; stop: () => void };

export async function startServer(env: Record<string, string>): Promise<Server> {
  // BENCH_STANDALONE=dir runs another build's .next/standalone (e.g. a copy of the build before a change).
  const standalone = process.env.BENCH_STANDALONE;
  const child: ChildProcess = spawn(
    process.execPath,
    [standalone ? path.join(standalone, 'server.js') : 'scripts/start.mjs'],
    {
      env: {
        ...process.env,
        DEMO_SEED: 'false',
        ...env,
        ...(standalone
          ? { HOSTNAME: '127.0.0.1', PGLITE_DATA_DIR: env.PGLITE_DATA_DIR ? path.resolve(env.PGLITE_DATA_DIR) : '' }
          : {}),
        HOST: '127.0.0.1',
        PORT: String(port),
        NEXTAUTH_SECRET: 'bench-secret-that-is-long-enough-0123456789',
        NEXTAUTH_URL: url,
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

/**
 * The fields of a server-rendered form's `<input>`s (Next's hidden action fields among them), as a browser without
 * JavaScript posts them. `formHtml` is the HTML from `<form` to `</form>`.
 */
export function formInputs(formHtml: string): [string, string][] {
  const entries: [string, string][] = [];
  for (const [, attrs] of formHtml.matchAll(/<input([^>]*)>/g)) {
    const name = /name="([^"]*)"/.exec(attrs!)?.[1];
    if (name)
      entries.push([name, (/value="([^"]*)"/.exec(attrs!)?.[1] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"')]);
  }
  return entries;
}

/** Signs in through the sign-in form as a browser without JavaScript does; returns the session cookie. */
export async function signIn(email: string): Promise<string> {
  const html = await (await fetch(`${url}/logga-in`)).text();
  const body = new FormData();
  for (const [name, value] of formInputs(html.slice(html.indexOf('<form'), html.indexOf('</form>')))) {
    if (name !== 'email' && name !== 'password') body.append(name, value);
  }
  body.append('email', email);
  body.append('password', PASSWORD);
  const response = await fetch(`${url}/logga-in`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { Origin: url, 'x-forwarded-for': `192.0.2.${Math.floor(Math.random() * 200) + 1}` },
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .filter((c) => c.includes('session-token'))
    .join('; ');
  if (!cookie) throw new Error(`${email} kunde inte logga in (status ${response.status})`);
  return cookie;
}

/**
 * The CPU time (user + system) a process has used so far, in milliseconds: beside req/s on a shared machine, the
 * server's CPU per request says what a page costs whatever else runs.
 */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}
const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

export function rssMb(pid: number): number {
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

/** Samples the server's RSS every 250 ms; the returned function stops and answers the highest seen. */
export function watchRss(pid: number): () => number {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 250);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

export type Load = { rps: number; p50: number; p95: number; errors: number; requests: number };

export async function load(
  pathName: string,
  cookie: string | null,
  connections: number,
  duration: number,
): Promise<Load> {
  const times: number[] = [];
  let errors = 0;
  const { default: autocannon } = await benchPackage<typeof import('autocannon')>('autocannon');
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

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('sv-SE', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A hashed JavaScript chunk of the build: the cheapest thing the server can answer. */
export function staticFile(): string {
  const build = process.env.BENCH_STANDALONE ?? root;
  const dir = path.join(build, '.next', 'static', 'chunks');
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ f, size: statSync(path.join(dir, f)).size }))
    .sort((a, b) => a.size - b.size || a.f.localeCompare(b.f))[0]!.f;
  return `/_next/static/chunks/${file}`;
}
