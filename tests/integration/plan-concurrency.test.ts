/**
 * Two editors saving one section 100 times each, concurrently, each from the version it last saw (so most saves
 * are stale): every save is either applied — and then in the history exactly once, with its audit row — or
 * reported as a conflict. Nothing is lost or silently overwritten. PostgreSQL only: PGlite runs one statement at
 * a time, which would hide a race.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveSectionAction } from '@/lib/plans/section-mutations';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const onPostgres = Boolean(process.env.TEST_POSTGRES_URL) && process.env.TEST_DATABASE === 'postgres';
const SAVES = 100;

describe.skipIf(!onPostgres)('two editors, one section, 2 × 100 saves on PostgreSQL', () => {
  let t: TestDatabase;
  let org: Awaited<ReturnType<typeof createOrganization>>;
  let sectionId = '';

  beforeAll(async () => {
    t = await createTestDatabase();
    org = await createOrganization(t.db, {
      plans: [
        {
          startYear: 2027,
          title: 'Plan 2027–2029',
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
      email: 'hr@race.test',
      name: 'HR',
      memberships: [{ org: org.slug, role: 'HR' }],
    });
    actAs(hr.id);
    sectionId = (await t.db.planSection.findFirstOrThrow({ where: { plan: { organizationId: org.id } } })).id;
  }, 60_000);
  afterAll(async () => {
    stopActing();
    await t.close();
  });

  it('applies or reports every save: 0 lost updates', async () => {
    const applied: string[] = [];
    const outcomes = { applied: 0, conflict: 0, other: 0 };
    const editor = async (name: string) => {
      let known = 1;
      for (let i = 0; i < SAVES; i++) {
        const text = `${name} ${i}`;
        const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
        const result = await saveSectionAction({
          org: org.slug,
          sectionId,
          version: known,
          body: JSON.stringify(body),
        });
        if (result.ok) {
          outcomes.applied++;
          applied.push(text);
          known = result.data.version;
        } else if (result.code === 'conflict') {
          outcomes.conflict++;
          // The author merges: reads the saved version and continues from it.
          known = (await t.db.planSection.findUniqueOrThrow({ where: { id: sectionId } })).version;
        } else {
          outcomes.other++;
        }
      }
    };
    await Promise.all([editor('A'), editor('B')]);

    expect(outcomes.other).toBe(0);
    expect(outcomes.applied + outcomes.conflict).toBe(2 * SAVES);
    expect(outcomes.conflict).toBeGreaterThan(0); // the editors really raced
    const section = await t.db.planSection.findUniqueOrThrow({ where: { id: sectionId } });
    expect(section.version).toBe(1 + outcomes.applied);
    const revisions = await t.db.planSectionRevision.findMany({ where: { sectionId }, orderBy: { version: 'asc' } });
    expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: 1 + outcomes.applied }, (_, i) => i + 1));
    const texts = revisions.slice(1).map((r) => JSON.stringify(r.body).match(/"text": ?"([^"]+)"/)![1]);
    expect([...texts].sort()).toEqual([...applied].sort());
    expect(JSON.stringify(section.body)).toContain(texts.at(-1)!);
    expect(await t.db.auditLog.count({ where: { action: 'plan.section.save', entityId: sectionId } })).toBe(
      outcomes.applied,
    );
    console.info(`2 × ${SAVES} saves: ${outcomes.applied} applied, ${outcomes.conflict} conflicts, 0 lost`);
  }, 300_000);
});
