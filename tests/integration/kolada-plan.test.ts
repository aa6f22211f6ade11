/**
 * Issue 21, "Infoga jämförelse": a sentence of live figures (the own sick leave beside Stockholms stad, riket and the
 * comparison group from Kolada) goes into a section, resolves live, and freezes with the snapshot: after Kolada's
 * values are replaced, the frozen version and the union rep keep the values as they were.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OrgAccess } from '@/lib/auth/permissions';
import { koladaInsertChoices } from '@/lib/kolada/insert-choices';
import { KOLADA_MEASURE, comparisonContent } from '@/lib/kolada/plan-figure';
import { type Doc, bindingKey, bindingOf } from '@/lib/plans/document';
import { displayFigure } from '@/lib/plans/figures';
import { sendToReviewAction } from '@/lib/plans/mutations';
import { loadPlanReading } from '@/lib/plans/reading';
import { saveSectionAction } from '@/lib/plans/section-mutations';
import { seedKoladaExample } from '@/prisma/seed/kolada';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser, inviteToReview } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let hrId = '';
let planId = '';
let sectionId = '';

const access = (roles: OrgAccess['roles'], unionOrganizationId: string | null = null): OrgAccess => ({
  organizationId: org.id,
  roles,
  managedDepartmentIds: [],
  unionOrganizationId,
});

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, {
    statistics: [
      { measure: 'sickLeave', year: 2024, category: 'total', value: 6.2, decimals: 1, population: 400, stated: true },
    ],
    plans: [
      {
        startYear: 2027,
        title: 'Plan 2027–2029',
        status: 'DRAFT',
        focusStrategies: [],
        sections: [{ title: 'Arbetsmiljö', body: 'Sjukfrånvaron.' }],
        activities: [],
        gaps: [],
        risks: [],
      },
    ],
  });
  await seedKoladaExample(t.db as never);
  hrId = (await createUser(t.db, { email: 'hr@kp.test', name: 'HR', memberships: [{ org: org.slug, role: 'HR' }] })).id;
  const plan = await t.db.plan.findFirstOrThrow({ where: { organizationId: org.id }, include: { sections: true } });
  planId = plan.id;
  sectionId = plan.sections[0]!.id;
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

/** The section's text as a reader reads it: live figures replaced by what the reader may see. */
function sentence(reading: NonNullable<Awaited<ReturnType<typeof loadPlanReading>>>) {
  const section = reading.sections.find((s) => s.title === 'Arbetsmiljö')!;
  const paragraph = (section.body as Doc).content.at(-1)!;
  return (paragraph.content ?? [])
    .map((n) => (n.type === 'text' ? n.text : displayFigure(reading.figures[bindingKey(bindingOf(n)!)]!)))
    .join('');
}

describe('"Infoga jämförelse"', () => {
  it('inserts the own figure beside Stockholm, riket and the group, and the reviewed version keeps them', async () => {
    actAs(hrId);
    const choice = (await koladaInsertChoices(t.db as never)).find((c) => c.kpi === 'N00090')!;
    expect(choice.years[0]).toBe(2024);
    const section = await t.db.planSection.findUniqueOrThrow({ where: { id: sectionId } });
    const body = section.body as Doc;
    body.content.push({ type: 'paragraph', content: comparisonContent(choice, 2024) });
    const saved = await saveSectionAction({
      org: org.slug,
      sectionId,
      version: section.version,
      body: JSON.stringify(body),
    });
    expect(saved).toMatchObject({ ok: true });

    const live = (await loadPlanReading(access(['HR']), 2027, null))!;
    const text = sentence(live);
    expect(text).toMatch(
      /^Sjukfrånvaro totalt 6,2 % \(2024\) jämfört med Stockholms stad \d+,\d %, Storstäder .* \d+,\d % och riket \d+,\d %, Källa: Kolada\.$/,
    );
    const kolada = Object.values(live.figures).filter((f) => f.binding.measure === KOLADA_MEASURE);
    expect(kolada).toHaveLength(3);
    expect(kolada[0]!.definition).toContain('Exempeldata — inte hämtat från Kolada');

    const plan = await t.db.plan.findUniqueOrThrow({ where: { id: planId } });
    expect(await sendToReviewAction({ org: org.slug, planId, version: plan.version })).toMatchObject({ ok: true });
    // Kolada's values change after the freeze (a real fetch replaces the example data).
    await t.db.koladaValue.updateMany({ data: { value: 99.9 } });
    const vision = await inviteToReview(t.db, planId, 'Vision');
    const union = (await loadPlanReading(access(['UNION_REP'], vision), 2027, null))!;
    expect(union.snapshot).not.toBeNull();
    expect(sentence(union)).toBe(text);
    const now = (await loadPlanReading(access(['HR']), 2027, null))!;
    expect(sentence(now)).toContain('99,9 %');
  });
});
