/**
 * The role × entry-point matrix (issue 6): every page, route handler and server action in the file tree, called
 * as anonymous, each role, a manager of another department and HR of another organisation. A disallowed call is
 * refused, leaves the database as it was and writes an access.denied row; an allowed one is let in. A new entry
 * point without a case here fails the first test.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { actAs, stopActing } from '../../support/as-user';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { countWrites } from '../../support/write-counter';
import type { MatrixCase } from './cases';
import { discoverEntryPoints } from './discover';
import { judge } from './outcome';
import { CALLERS, type Caller, type World, buildWorld } from './world';

const modules = import.meta.glob<Record<string, MatrixCase[]>>('./cases/*.ts', { eager: true });
const cases: MatrixCase[] = Object.values(modules).flatMap((module) => Object.values(module).flat());

let t: TestDatabase;
let world: World;
let writes: () => Promise<number>;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await buildWorld(t.db);
  writes = await countWrites(t.db);
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

describe(`role × entry-point matrix (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('has a case for every entry point in the file tree, and none for entry points that do not exist', () => {
    const discovered = discoverEntryPoints();
    const covered = cases.map((c) => c.entry).sort();
    expect(discovered.filter((id) => !covered.includes(id))).toEqual([]);
    expect(covered.filter((id) => !discovered.includes(id))).toEqual([]);
    expect(new Set(covered).size).toBe(covered.length);
  });

  it('counts what a call writes, so that a refusal that writes anything fails', async () => {
    const before = await writes();
    await t.db
      .$transaction(async (tx) => {
        await tx.organization.update({ where: { id: world.org.id }, data: { name: 'Omdöpt' } });
        await tx.organization.update({ where: { id: world.org.id }, data: { name: 'Omdöpt igen' } });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await writes()).toBe(before);
    const org = await t.db.organization.findUniqueOrThrow({ where: { id: world.org.id } });
    await t.db.organization.update({ where: { id: org.id }, data: { name: org.name } });
    expect(await writes()).toBeGreaterThan(before);
  });

  for (const matrixCase of cases) {
    const call = matrixCase.call;
    if (!call) {
      it.skip(`${matrixCase.entry}: ${matrixCase.notCalledBecause}`, () => {});
      continue;
    }
    describe(matrixCase.entry, () => {
      for (const caller of CALLERS) {
        const allowed = matrixCase.allowed === 'everyone' || matrixCase.allowed.includes(caller);
        it(`${caller} is ${allowed ? 'let in' : 'refused'}`, async () => {
          actAs(caller === 'anonymous' ? null : world.users[caller as Exclude<Caller, 'anonymous'>]);
          const writesBefore = await writes();
          const deniedBefore = await t.db.auditLog.count({ where: { action: 'access.denied' } });
          const verdict = await judge(() => call(world));
          if (allowed) {
            expect(verdict, verdict.how).toMatchObject({ refused: false });
            return;
          }
          expect(verdict, verdict.how).toMatchObject({ refused: true });
          expect(await writes(), 'rows written by a refused call').toBe(writesBefore);
          expect(await t.db.auditLog.count({ where: { action: 'access.denied' } })).toBeGreaterThan(deniedBefore);
        });
      }
    });
  }
});
