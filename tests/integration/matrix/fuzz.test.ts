/**
 * Malformed input to every server action and route handler of the role × entry-point matrix (issue 16 item 7):
 * each case's own call, made by a caller it lets in, with its fields rewritten (cases.ts `input`) into values no
 * field accepts: control characters (NUL and the rest of C0, DEL) at the start, the end, inside and alone, in
 * Swedish text and repeated, in one field or in all at once, and strings far over any field's length. Every answer
 * must be a refusal with a Swedish message, never a 500 or "Ett oväntat fel", and the database must be as it was.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '@/lib/auth/guard';
import { REQUEST_BODY_LIMIT } from '@/lib/http/request-guard';
import { actAs, stopActing } from '../../support/as-user';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { type MatrixCase, withInputs } from './cases';
import { discoverEntryPoints } from './discover';
import { type World, buildWorld, databaseDigest } from './world';

// What is tested is the handling of the input, not sign-in (the matrix test covers that): each caller's viewer is
// loaded once instead of on each of the thousands of calls, which keeps the file fast.
vi.mock('@/lib/auth/session', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/auth/session')>();
  const viewers = new Map<string | null, ReturnType<typeof original.getViewer>>();
  const getViewer = () => {
    const userId = (globalThis as { __kompetensplanTestUserId?: string | null }).__kompetensplanTestUserId ?? null;
    if (!viewers.has(userId)) viewers.set(userId, original.getViewer());
    return viewers.get(userId)!;
  };
  return { ...original, getViewer };
});

const modules = import.meta.glob<Record<string, MatrixCase[]>>('./cases/*.ts', { eager: true });
const cases: MatrixCase[] = Object.values(modules).flatMap((module) => Object.values(module).flat());

export const INPUTS_PER_ENTRY_POINT = 200;

const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => ![0x09, 0x0a, 0x0d].includes(code)),
  0x7f,
].map((code) => String.fromCharCode(code));

/** Values no field accepts, whatever it holds: an id, a choice, a number, a date, a name or minutes. */
const BAD_VALUES: string[] = [
  ...CONTROLS.flatMap((c) => [`${c}x`, `x${c}`, `Äldre${c}omsorg`, c, `${c}${c}${c}`, `2026-02-01${c}`]),
  'x'.repeat(REQUEST_BODY_LIMIT + 1),
  '9'.repeat(REQUEST_BODY_LIMIT + 1),
  'å'.repeat(100_000),
];

/** The i-th malformed input: one field (or, every so often, all of them) set to a bad value. */
function rewrite(i: number) {
  return (fields: Record<string, unknown>) => {
    const keys = Object.keys(fields);
    const value = BAD_VALUES[i % BAD_VALUES.length]!;
    const slot = i % (keys.length + 1);
    const targets = slot === keys.length ? keys : [keys[slot]!];
    return { ...fields, ...Object.fromEntries(targets.map((key) => [key, value])) };
  };
}

const SWEDISH = /[åäöÅÄÖ]|ogiltig|saknar|ange|skriv|mall|finns|datum|inte/i;
const ENGLISH = /\b(invalid|expected|undefined|required|too (big|small)|received|unexpected)\b/i;
const swedish = (text: unknown) => typeof text === 'string' && SWEDISH.test(text) && !ENGLISH.test(text);

/** A route's answer: plain text, a JSON error, or the upload's stream of events ending in its result. */
function messageOf(body: string): string {
  const last = body.trim().split('\n').at(-1) ?? '';
  try {
    const parsed = JSON.parse(last) as { error?: string; state?: { status?: string; error?: string } };
    if (parsed.state) return parsed.state.status === 'error' ? String(parsed.state.error) : '';
    return parsed.error === undefined ? body : String(parsed.error);
  } catch {
    return body;
  }
}

/** What is wrong with an answer to malformed input, or null when it is a clear Swedish refusal. */
async function problemWith(call: () => Promise<unknown>): Promise<string | null> {
  let value: unknown;
  try {
    value = await call();
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (digest === 'NEXT_HTTP_ERROR_FALLBACK;403' || digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return null;
    return `threw ${String(error).slice(0, 200)}`;
  }
  if (value instanceof Response) {
    const text = messageOf(await value.text());
    if (value.status >= 500) return `HTTP ${value.status}`;
    // The upload answers 200 with a stream whose result says what was wrong.
    const refused = value.status >= 400 || text !== '';
    if (!refused) return `accepted (HTTP ${value.status})`;
    return swedish(text) ? null : `HTTP ${value.status} not in Swedish: ${text.slice(0, 200)}`;
  }
  const result = value as { ok?: boolean; error?: string; code?: string; fieldErrors?: Record<string, string[]> };
  if (!result || result.ok !== false) return `accepted: ${JSON.stringify(value)?.slice(0, 200)}`;
  if (result.code === 'failed' || result.error === MESSAGES.failed) return 'Ett oväntat fel';
  const messages = [result.error, ...Object.values(result.fieldErrors ?? {}).flat()];
  const foreign = messages.find((message) => !swedish(message));
  return foreign === undefined ? null : `not in Swedish: ${String(foreign).slice(0, 200)}`;
}

/** Entry points that take no input at all: nothing to malform. */
const NO_INPUT = ['route GET /api/health', 'route GET /api/health/live'];
const fuzzed = cases.filter((c) => c.call && /^(action|route) /.test(c.entry) && !NO_INPUT.includes(c.entry));

let t: TestDatabase;
let world: World;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await buildWorld(t.db);
}, 120_000);
afterAll(async () => {
  stopActing();
  await t.close();
});

describe(`malformed input to every action and route (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('covers every action and route handler the matrix calls', () => {
    const entryPoints = discoverEntryPoints().filter((id) => /^(action|route) /.test(id));
    const notCalled = [...cases.filter((c) => !c.call).map((c) => c.entry), ...NO_INPUT];
    expect(entryPoints.filter((id) => !notCalled.includes(id)).sort()).toEqual(fuzzed.map((c) => c.entry).sort());
  });

  for (const matrixCase of fuzzed) {
    it(`${matrixCase.entry}: ${INPUTS_PER_ENTRY_POINT} malformed inputs, each refused in Swedish, nothing changed`, async () => {
      const caller = matrixCase.allowed === 'everyone' ? 'hr' : matrixCase.allowed[0]!;
      actAs(caller === 'anonymous' ? null : world.users[caller]);
      const before = await databaseDigest(t.db);
      const problems: string[] = [];
      let seenFields = 0;
      for (let i = 0; i < INPUTS_PER_ENTRY_POINT; i++) {
        const problem = await problemWith(() =>
          withInputs(
            (fields) => ((seenFields = Object.keys(fields).length), rewrite(i)(fields)),
            () => matrixCase.call!(world),
          ),
        );
        if (problem)
          problems.push(`input ${i} (${JSON.stringify(BAD_VALUES[i % BAD_VALUES.length]!.slice(0, 20))}): ${problem}`);
      }
      expect(seenFields, 'the case sends no fields to rewrite').toBeGreaterThan(0);
      expect(problems.slice(0, 10)).toEqual([]);
      expect(await databaseDigest(t.db)).toBe(before);
    }, 120_000);
  }
});
