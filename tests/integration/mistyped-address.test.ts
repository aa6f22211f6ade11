/**
 * A mistyped address inside an organisation is "Sidan finns inte" (404), not "Behörighet saknas" (403): every
 * page and route handler with a record id or plan year in its path, called with a segment that cannot name
 * anything, by members of every role and by non-members (of this organisation and of one that does not exist,
 * alike, so the answer reveals nothing). Pages are found in the file tree, so a new one is covered at once.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { actAs, stopActing } from '../support/as-user';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { judge } from './matrix/outcome';
import { type World, buildWorld } from './matrix/world';

const ORG_DIR = path.join(process.cwd(), 'app', '(app)', '[org]');
/** A well-formed value per dynamic segment, and one a typo makes of it. */
const SEGMENTS: Record<string, { valid: string; mistyped: string }> = {
  year: { valid: '2025', mistyped: '2025x' },
  id: { valid: 'cm4activity000000000000000', mistyped: 'uppfoljnig' },
  meetingId: { valid: 'cm4meeting0000000000000000', mistyped: 'nytt-mote' },
  sectionId: { valid: 'cm4section0000000000000000', mistyped: 'inledning' },
  userId: { valid: 'cm4user00000000000000000000', mistyped: 'ny-anvandare' },
  group: { valid: 'headcount', mistyped: 'headcunt' },
};

type Entry = { file: string; segments: string[] };

function dynamicEntries(dir = ORG_DIR): Entry[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return dynamicEntries(full);
    if (!/^(page\.tsx|route\.ts)$/.test(entry.name)) return [];
    const segments = [...path.relative(ORG_DIR, full).matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
    return segments.length ? [{ file: full, segments }] : [];
  });
}

async function call(entry: Entry, params: Record<string, string>): Promise<unknown> {
  const module = (await import(/* @vite-ignore */ entry.file)) as Record<string, unknown>;
  if (entry.file.endsWith('route.ts')) {
    const get = module.GET as (request: Request, context: { params: Promise<object> }) => Promise<Response>;
    return get(new Request('http://localhost/'), { params: Promise.resolve(params) });
  }
  const Page = module.default as (props: object) => unknown;
  const props = { params: Promise.resolve(params), searchParams: Promise.resolve({}) };
  const metadata = module.generateMetadata as ((props: object) => Promise<unknown>) | undefined;
  if (metadata) await metadata(props);
  return Page(props);
}

let t: TestDatabase;
let world: World;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await buildWorld(t.db);
}, 120_000);
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

describe('a mistyped address inside an organisation', () => {
  const entries = dynamicEntries();

  it('finds the pages with ids in their address', () => {
    expect(entries.length).toBeGreaterThanOrEqual(8);
    for (const entry of entries)
      for (const segment of entry.segments) expect(SEGMENTS[segment], `${segment} in ${entry.file}`).toBeDefined();
  });

  for (const entry of entries) {
    const where = path.relative(ORG_DIR, entry.file);
    it(`is 404 for members and non-members alike: ${where}`, async () => {
      const callers = ['hr', 'manager', 'union', 'admin', 'otherOrgHr'] as const;
      for (const mistyped of entry.segments) {
        const params = Object.fromEntries(
          entry.segments.map((s) => [s, s === mistyped ? SEGMENTS[s]!.mistyped : SEGMENTS[s]!.valid]),
        );
        for (const org of [world.org.slug, 'ingen-sadan-forvaltning']) {
          for (const caller of callers) {
            actAs(world.users[caller]);
            const verdict = await judge(() => call(entry, { org, ...params }));
            expect(verdict.how, `${caller} ${org} ${JSON.stringify(params)}`).toMatch(/^(404|HTTP 404)$/);
          }
        }
      }
    });
  }

  it('still checks the permission first for a well-formed id (403 whether the record exists or not)', async () => {
    const entry = entries.find((e) => e.file.endsWith(path.join('aktiviteter', '[id]', 'page.tsx')))!;
    actAs(world.users.union);
    const verdict = await judge(() => call(entry, { org: world.org.slug, id: SEGMENTS.id!.valid }));
    expect(verdict).toMatchObject({ refused: true });
  });
});
