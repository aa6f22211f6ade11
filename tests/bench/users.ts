/**
 * Simulated users for `npm run bench`: each repeats its next action, waits for the answer, thinks, and goes on until
 * the time is up. Actions under way at the end are waited for and counted, so what was written can be compared
 * with what the database holds afterwards. Not a test: no thresholds.
 */
import { percentile } from './stats';

/** One request a user makes; run() answers null when it did what it should, else why not. */
export type Action = { kind: string; run: () => Promise<string | null> };

/** A user: hands out its next action each time. */
export type User = () => Action;

export type Sample = { kind: string; ms: number; error: string | null };

export type KindSummary = { count: number; rps: number; p50: number; p95: number; errors: number; reasons: string[] };

/** The user that repeats the same action. */
export const repeating =
  (action: Action): User =>
  () =>
    action;

/** The user that takes its actions in turn. */
export function inTurn(actions: Action[]): User {
  let next = 0;
  return () => actions[next++ % actions.length]!;
}

/**
 * Runs the users together for `seconds`. Between its actions each user thinks for a random time between 0,5 and
 * 1,5 × thinkMs (0: none, i.e. one connection each that is always busy, as autocannon's connections are).
 */
export async function runUsers(users: User[], seconds: number, thinkMs = 0) {
  const samples: Sample[] = [];
  const started = performance.now();
  const end = started + seconds * 1000;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  await Promise.all(
    users.map(async (user, i) => {
      if (thinkMs) await sleep((i / users.length) * thinkMs); // do not start all at once
      while (performance.now() < end) {
        const action = user();
        const before = performance.now();
        const error = await action.run().catch((e: unknown) => String(e));
        samples.push({ kind: action.kind, ms: performance.now() - before, error });
        if (thinkMs) await sleep(thinkMs * (0.5 + Math.random()));
      }
    }),
  );
  return { samples, seconds: (performance.now() - started) / 1000 };
}

/** Per kind (and `all`): answers per second over the run, p50 and p95 of every answer, errors and their reasons. */
export function summarize(samples: Sample[], seconds: number): Map<string, KindSummary> {
  const kinds = new Map<string, Sample[]>([['all', samples]]);
  for (const s of samples) {
    if (!kinds.has(s.kind)) kinds.set(s.kind, []);
    kinds.get(s.kind)!.push(s);
  }
  const summary = new Map<string, KindSummary>();
  for (const [kind, list] of kinds) {
    const times = list.map((s) => s.ms).sort((a, b) => a - b);
    const errors = list.filter((s) => s.error !== null);
    summary.set(kind, {
      count: list.length,
      rps: list.length / seconds,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      errors: errors.length,
      reasons: [...new Set(errors.map((s) => s.error!))].slice(0, 3),
    });
  }
  return summary;
}
