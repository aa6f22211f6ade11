import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OrgAccess } from '@/lib/auth/permissions';
import { Prisma } from '@/lib/generated/prisma/client';
import { sendToReviewAction } from '@/lib/plans/mutations';
import { PRESENCE_TTL_MS, touchPresence } from '@/lib/plans/editing';
import { loadPlanReading } from '@/lib/plans/reading';
import { saveSectionAction } from '@/lib/plans/section-mutations';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser, inviteToReview } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { roleAccess } from '../support/access';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let hr: { id: string };
let planId = '';
let sectionId = '';

const access = (roles: OrgAccess['roles']): OrgAccess => ({
  organizationId: org.id,
  roles,
  managedDepartmentIds: [],
  unionOrganizationId: null,
});

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, {
    statistics: [
      {
        measure: 'headcount',
        year: 2025,
        department: 'Äldreomsorg',
        occupation: 'Undersköterska',
        employmentForm: 'permanent',
        gender: 'woman',
        ageBand: '30-39',
        value: 2341,
        stated: true,
      },
    ],
    plans: [
      {
        startYear: 2027,
        title: 'Kompetensförsörjningsplan 2027–2029',
        status: 'DRAFT',
        focusStrategies: [],
        sections: [{ title: 'Nuläge', body: 'Förvaltningen har 2 333 tillsvidareanställda.' }],
        activities: [],
        gaps: [],
        risks: [],
      },
    ],
  });
  hr = await createUser(t.db, { email: 'hr@read.test', name: 'HR', memberships: [{ org: org.slug, role: 'HR' }] });
  const plan = await t.db.plan.findFirstOrThrow({ where: { organizationId: org.id }, include: { sections: true } });
  planId = plan.id;
  sectionId = plan.sections[0]!.id;
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

describe(`reading a plan (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('lists hand-typed numbers that contradict the statistics for HR', async () => {
    const reading = await loadPlanReading(access(['HR']), 2027, null);
    expect(reading?.contradictions.map((c) => c.message)).toEqual([
      'Texten säger 2 333 tillsvidareanställda, statistiken 2 341 (2025).',
    ]);
    expect((await loadPlanReading(access(['MANAGER']), 2027, null))?.contradictions).toEqual([]);
  });

  it('hides drafts from union representatives and shows them the frozen values after samverkan', async () => {
    expect(await loadPlanReading(access(['UNION_REP']), 2027, null)).toBeNull();
    actAs(hr.id);
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'liveFigure', attrs: { measure: 'headcount', year: 2025, dimensions: {} } }],
        },
      ],
    };
    expect(await saveSectionAction({ org: org.slug, sectionId, version: 1, body: JSON.stringify(doc) })).toMatchObject({
      ok: true,
    });
    expect(await sendToReviewAction({ org: org.slug, planId, version: 1 })).toMatchObject({ ok: true });
    // Read once before the correction: the live figures are now cached under the statistics' data version.
    const before = await loadPlanReading(access(['MANAGER']), 2027, null);
    expect(Object.values(before!.figures).map((f) => f.value)).toContain(2341);
    // The statistics are corrected after the plan was sent: the live view changes, the frozen one does not.
    await t.db.staffStatistic.updateMany({
      where: { organizationId: org.id, measure: 'headcount' },
      data: { value: new Prisma.Decimal(2400) },
    });
    // Under samverkan, but not yet sent to a meeting the rep's union is invited to: still hidden (issue 9).
    expect(await loadPlanReading(access(['UNION_REP']), 2027, null)).toBeNull();
    const vision = await inviteToReview(t.db, planId, 'Vision');
    expect(await loadPlanReading({ ...access(['UNION_REP']), unionOrganizationId: vision }, 2027, null)).not.toBeNull();
    const union = await loadPlanReading({ ...access(['UNION_REP']), unionOrganizationId: vision }, 2027, null);
    expect(union?.snapshot?.kind).toBe('REVIEW');
    expect(Object.values(union!.figures).map((f) => f.value)).toEqual([2341]);
    const manager = await loadPlanReading(access(['MANAGER']), 2027, null);
    expect(manager?.snapshot).toBeNull();
    expect(Object.values(manager!.figures).map((f) => f.value)).toContain(2400);
  });

  it('shows who else has a section open, and forgets them after a minute of silence', async () => {
    const other = await createUser(t.db, {
      email: 'hr2@read.test',
      name: 'Hugo',
      memberships: [{ org: org.slug, role: 'HR' }],
    });
    expect(await touchPresence(roleAccess(org.id), sectionId, other.id)).toEqual([]);
    expect(await touchPresence(roleAccess(org.id), sectionId, hr.id)).toEqual(['Hugo']);
    await t.db.planSectionPresence.update({
      where: { sectionId_userId: { sectionId, userId: other.id } },
      data: { seenAt: new Date(Date.now() - PRESENCE_TTL_MS - 1000) },
    });
    expect(await touchPresence(roleAccess(org.id), sectionId, hr.id)).toEqual([]);
    const otherOrg = await createOrganization(t.db);
    expect(await touchPresence(roleAccess(otherOrg.id), sectionId, hr.id)).toBeNull();
  });
});
