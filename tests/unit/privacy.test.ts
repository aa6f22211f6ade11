/**
 * Privacy property (issue 6, item 8): whoever holds every statistics payload a non-HR role can request — the
 * organisation view and each department view, every year, every chart — cannot work out any suppressed count,
 * by differencing (a total minus its other parts, across departments and across breakdown margins, repeated) or
 * by solving all the relations at once, or by narrowing bounds ("<5" is 1–4, "–" is 5 or more). Random
 * organisations from a fixed seed, and the three demo organisations. The suppression is planned as the server
 * plans it (loadDashboard): over every department of the organisation, units included.
 */
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '@/lib/statistics/dashboard';
import { type BlockProtection, type Protection, planProtection } from '@/lib/statistics/dashboard/protection';
import { SEED_ORGANIZATIONS } from '@/prisma/seed-data';
import { type RoleName, can } from '@/lib/auth/permissions';
import { protectFigure, withFrozenDecisions } from '@/lib/plans/figure-protection';
import type { ResolvedFigure } from '@/lib/plans/figures';
import { frozenContent, readSnapshotContent } from '@/lib/plans/snapshot-content';
import { everyFigure, figureKnowledge, rateLeaks, resolveAll } from '../support/plan-figures-attack';
import { type Payload, attack } from '../support/privacy-attack';
import { type TestOrganization, randomOrganization, seedOrganizationRows } from '../support/random-organization';

const CASES = 300;
const BATCH = 25;

/** Every view a viewer can open: the organisation and each department, each year (as loadDashboard builds them). */
function views(org: TestOrganization, suppress: boolean, misses: string[] = []): Payload[] {
  const blocks = new Map<string, BlockProtection>(); // the server caches decided blocks the same way
  return org.years.flatMap((year) => {
    const protection: Protection | undefined = suppress
      ? planProtection(org.rows, [year, year - 1], [...org.departments, ...org.units], (measure, y, _rows, decide) => {
          const key = `${measure}|${y}`;
          if (!blocks.has(key)) blocks.set(key, decide());
          return blocks.get(key)!;
        })
      : undefined;
    const payloads = [null, ...org.departments].map((department) => ({
      department,
      year,
      charts: buildDashboard(
        {
          year,
          rows: department ? org.rows.filter((r) => r.department === department) : org.rows,
          goals: [],
          suppress,
          departmentView: department !== null,
          department,
          protection,
          turnoverDefinition: 'Definition.',
        },
        null,
      ).flatMap((s) => s.charts),
    }));
    misses.push(...(protection?.misses ?? []));
    return payloads;
  });
}

function attackOn(org: TestOrganization) {
  const misses: string[] = [];
  const result = attack(views(org, true, misses), views(org, false), org.departments);
  // Every count a chart shows is a cell of the suppression model (nothing hidden by the fail-closed fallback).
  expect(misses, org.name).toEqual([]);
  return result;
}

describe('no suppressed count can be recovered from the payloads a non-HR role can request', () => {
  for (const seedOrg of SEED_ORGANIZATIONS) {
    it(`${seedOrg.name} (seed data)`, () => {
      const result = attackOn(seedOrganizationRows(seedOrg));
      expect(result.suppressed).toBeGreaterThan(0);
      expect(result.recovered.filter((r) => r.value > 0 && r.value < 5)).toEqual([]);
    });
  }

  // In batches, so that each test reports on its own seeds and stays within the timeout.
  for (let first = 1; first <= CASES; first += BATCH) {
    const last = first + BATCH - 1;
    it(`random organisations ${first}–${last} (fixed seeds)`, { timeout: 120_000 }, () => {
      const failures: string[] = [];
      let suppressed = 0;
      for (let seed = first; seed <= last; seed++) {
        const result = attackOn(randomOrganization(seed));
        suppressed += result.suppressed;
        const small = result.recovered.filter((r) => r.value > 0 && r.value < 5);
        if (small.length)
          failures.push(`seed ${seed}: ${small.map((r) => `${r.id} = ${r.value} (${r.how})`).join('; ')}`);
      }
      expect(suppressed).toBeGreaterThan(BATCH); // the cases do exercise suppression
      expect(failures, `${failures.length} of ${BATCH} organisations leak`).toEqual([]);
    });
  }
});

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
  const protection = planProtection(org.rows, org.years, [...org.departments, ...org.units]);
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
    views(org, true),
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
