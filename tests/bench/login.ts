/**
 * npm run bench:login — how an HR page answers while sign-ins fail in parallel (#6 item 10: 20 parallel failing
 * sign-ins took a page from 0,1 s to 13 s, because password hashing ran on the server's only JS thread).
 *
 * Runs `next start` from the last `npm run build` on a fresh embedded database (or measures BENCH_URL), signs
 * in as HR through the sign-in form as a browser without JavaScript would, then loads an HR page 15 times:
 *   1. alone;
 *   2. while 20 failing sign-ins are always in flight, each for another unknown account from another address
 *      (X-Forwarded-For), so no limit stops them: every attempt costs a full bcrypt comparison — the worst case;
 *   3. while 20 failing sign-ins are always in flight against one account from one address: the throttle
 *      refuses them before any hashing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ms, percentile } from './stats';

const PAGE = '/socialforvaltningen/statistik';
const LOADS = 15;
const PARALLEL = 20;

async function startServer(): Promise<{ url: string; stop: () => void }> {
  if (process.env.BENCH_URL) return { url: process.env.BENCH_URL, stop: () => {} };
  const port = Number(process.env.BENCH_PORT ?? 3290);
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kp-bench-login-'));
  const server: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      PGLITE_DATA_DIR: path.join(dataDir, 'pglite'),
      NEXTAUTH_SECRET: 'bench-secret-that-is-long-enough-0123456789',
      NEXTAUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
  for (let i = 0; i < 600; i += 1) {
    // The first health check migrates the fresh database and loads the demo data.
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error('next start did not answer (run `npm run build` first)');
}

/** The sign-in form's fields as the server rendered them (the server action's hidden inputs included). */
async function signInForm(url: string): Promise<[string, string][]> {
  const html = await (await fetch(`${url}/logga-in`)).text();
  const form = html.slice(html.indexOf('<form'), html.indexOf('</form>'));
  return [...form.matchAll(/<input([^>]*)>/g)]
    .map(([, attrs]) => [/name="([^"]*)"/.exec(attrs!)?.[1], /value="([^"]*)"/.exec(attrs!)?.[1] ?? ''] as const)
    .filter((pair): pair is [string, string] => Boolean(pair[0]) && pair[0] !== 'email' && pair[0] !== 'password')
    .map(([name, value]) => [name, value.replace(/&amp;/g, '&').replace(/&quot;/g, '"')]);
}

async function postSignIn(url: string, fields: [string, string][], email: string, password: string, address: string) {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  body.append('email', email);
  body.append('password', password);
  return fetch(`${url}/logga-in`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { 'x-forwarded-for': address },
  });
}

async function loadPage(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}${PAGE}`, { headers: { cookie }, redirect: 'manual' });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${PAGE} answered ${response.status}: not signed in?`);
  return performance.now() - started;
}

async function measure(url: string, cookie: string): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < LOADS; i += 1) times.push(await loadPage(url, cookie));
  times.sort((a, b) => a - b);
  return `p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times.at(-1)!)}`;
}

/** Keeps `PARALLEL` failing sign-ins in flight until stopped; returns how many finished. */
function failingSignIns(url: string, fields: [string, string][], attempt: (n: number) => [string, string]) {
  let running = true;
  let done = 0;
  let n = 0;
  const worker = async () => {
    while (running) {
      const [email, address] = attempt((n += 1));
      const response = await postSignIn(url, fields, email, 'fel-lösenord', address);
      await response.arrayBuffer();
      done += 1;
    }
  };
  const workers = Array.from({ length: PARALLEL }, worker);
  return {
    stop: async () => {
      running = false;
      await Promise.all(workers);
      return done;
    },
  };
}

async function main() {
  const { url, stop } = await startServer();
  try {
    const fields = await signInForm(url);
    const signedIn = await postSignIn(url, fields, 'hr@demo.test', 'Demo-2026!', '192.0.2.1');
    const cookie = signedIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .filter((c) => c.includes('session-token'))
      .join('; ');
    if (!cookie) throw new Error(`HR could not sign in (status ${signedIn.status})`);
    for (let i = 0; i < 3; i += 1) await loadPage(url, cookie); // warm-up

    console.log(`${PAGE} as HR, ${LOADS} loads each (${url})`);
    console.log(`  alone:                                          ${await measure(url, cookie)}`);

    let started = performance.now();
    const spread = failingSignIns(url, fields, (n) => [`gissning-${n}@demo.test`, `198.51.100.${n % 250}`]);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const spreadResult = await measure(url, cookie);
    let attempts = await spread.stop();
    let seconds = (performance.now() - started) / 1000;
    console.log(`  ${PARALLEL} parallel failing sign-ins, none throttled:  ${spreadResult}`);
    console.log(`    (${attempts} failing sign-ins in ${seconds.toFixed(1)} s)`);

    started = performance.now();
    const one = failingSignIns(url, fields, () => ['chef.aldreomsorg@demo.test', '203.0.113.7']);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const oneResult = await measure(url, cookie);
    attempts = await one.stop();
    seconds = (performance.now() - started) / 1000;
    console.log(`  ${PARALLEL} parallel failing sign-ins, one account:     ${oneResult}`);
    console.log(`    (${attempts} failing sign-ins in ${seconds.toFixed(1)} s)`);
  } finally {
    stop();
  }
}

await main();
process.exit(0);
