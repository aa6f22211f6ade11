/**
 * Privacy property for plan text, frozen snapshots and rates (issue 16, item 3); the dashboards' own property is
 * privacy.test.ts. Its own file so that the two run on both cores.
 */
import { describe, expect, it } from 'vitest';
import { SEED_ORGANIZATIONS } from '@/prisma/seed-data';
import { type RoleName, can } from '@/lib/auth/permissions';
import { protectFigure, withFrozenDecisions } from '@/lib/plans/figure-protection';
import type { ResolvedFigure } from '@/lib/plans/figures';
import { frozenContent, readSnapshotContent } from '@/lib/plans/snapshot-content';
import { planProtection } from '@/lib/statistics/dashboard/protection';
import { everyFigure, figureKnowledge, rateLeaks, resolveAll } from '../support/plan-figures-attack';
import { attack } from '../support/privacy-attack';
import { BATCH, CASES, blockCache, views } from '../support/privacy-views';
import { type TestOrganization, randomOrganization, seedOrganizationRows } from '../support/random-organization';

/**
 * Issue 16, item 3: plan text, frozen snapshots and rates too, for every role. A plan binds every figure it can
 * (plan-figures-attack.ts); each role reads it live and frozen as the pages hand it over (figuresForReader:
 * protectFigures over the dashboards' model, snapshots with the decision stored when frozen). HR and
 * administrators see every value; managers and union representatives see the same figures, and the attacker
 * holding them together with every dashboard payload recovers no count of 1–4, and sees no rate about fewer
 * than 5 people or an unknown number of them.
 */
const ROLES: RoleName[] = ['HR', 'ADMIN', 'MANAGER', 'UNION_REP'];
const suppressedFor = (role: RoleName) =>
  !can(
    { organizationId: 'org', roles: [role], managedDepartmentIds: [], unionOrganizationId: null },
    'read:statistics:unsuppressed',
  );

function planAttackOn(org: TestOrganization): string[] {
  // The plan's figures and the dashboards share the organisation's decided blocks, as on the server.
  const cached = blockCache();
  const protection = planProtection(org.rows, org.years, [...org.departments, ...org.units], cached);
  const figures = everyFigure(org);
  const truth = resolveAll(org, figures);
  const frozen = readSnapshotContent(
    JSON.parse(
      JSON.stringify(
        frozenContent(
          { title: 'Plan', startYear: 2027, endYear: 2029 },
          [],
          withFrozenDecisions(new Map(truth.map((f) => [f.key, f])), protection),
        ),
      ),
    ),
  )!;
  const failures: string[] = [];
  const suppressedViews: ResolvedFigure[][] = [];
  for (const role of ROLES) {
    const reader = suppressedFor(role) ? protection : null;
    const live = truth.map((f) => protectFigure(f, reader));
    const snapshot = truth.map((f) => protectFigure(frozen.figures[f.key]!, reader));
    if (!reader) {
      // HR and administrators: every value as it is.
      for (const view of [live, snapshot])
        view.forEach((f, i) => {
          if (f.hidden || f.value !== truth[i]!.value) failures.push(`${role}: ${f.key} dold`);
        });
      continue;
    }
    for (const view of [live, snapshot]) failures.push(...rateLeaks(truth, view).map((l) => `${role}: ${l}`));
    suppressedViews.push(live, snapshot);
  }
  // Managers and union representatives read the same model: one attack with everything either can hold.
  const result = attack(
    views(org, true, [], cached),
    views(org, false),
    org.departments,
    figureKnowledge(org, figures, truth, suppressedViews),
  );
  const small = result.recovered.filter((r) => r.value > 0 && r.value < 5);
  failures.push(...small.map((r) => `${r.id} = ${r.value} (${r.how})`));
  return failures;
}

describe('no suppressed count or small rate can be recovered from plan text and snapshots, for any role', () => {
  for (const seedOrg of SEED_ORGANIZATIONS) {
    it(`${seedOrg.name} (seed data)`, { timeout: 120_000 }, () => {
      expect(planAttackOn(seedOrganizationRows(seedOrg))).toEqual([]);
    });
  }
  for (let first = 1; first <= CASES; first += BATCH) {
    const last = first + BATCH - 1;
    it(`random organisations ${first}–${last} (fixed seeds)`, { timeout: 240_000 }, () => {
      const failures: string[] = [];
      for (let seed = first; seed <= last; seed++)
        failures.push(...planAttackOn(randomOrganization(seed)).map((f) => `seed ${seed}: ${f}`));
      expect(failures).toEqual([]);
    });
  }
});
