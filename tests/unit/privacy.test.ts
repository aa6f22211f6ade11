/**
 * Privacy properties, on random organisations from a fixed seed and the three demo organisations.
 *
 * Dashboards (issue 6, item 8): whoever holds every statistics payload a non-HR role can request — the
 * organisation view and each department view, every year, every chart — cannot work out any suppressed count,
 * by differencing (a total minus its other parts, across departments and across breakdown margins, repeated) or
 * by solving all the relations at once, or by narrowing bounds ("<5" is 1–4, "–" is 5 or more). The suppression
 * is planned as the server plans it (loadDashboard): over every department of the organisation, units included.
 *
 * Plan text, frozen snapshots and rates too, for every role (issue 16, item 3): a plan binds every figure it can
 * (plan-figures-attack.ts); each role reads it live and frozen as the pages hand it over (figuresForReader:
 * protectFigures over the dashboards' model, snapshots with the decision stored when frozen). HR and
 * administrators see every value; managers and union representatives see the same figures, and the attacker
 * holding them together with every dashboard payload recovers no count of 1–4, and sees no rate about fewer than 5
 * people or an unknown number of them.
 *
 * Both properties read the same dashboard payloads of an organisation, so they are built once per organisation
 * (`payloadsOf`) and shared by the two tests of its batch, as the server shares decided blocks across views and
 * plan figures per data version (lib/statistics/cache.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_ORGANIZATIONS } from '@/prisma/seed-data';
import { type RoleName, can } from '@/lib/auth/permissions';
import { protectFigure, withFrozenDecisions } from '@/lib/plans/figure-protection';
import type { ResolvedFigure } from '@/lib/plans/figures';
import { frozenContent, readSnapshotContent } from '@/lib/plans/snapshot-content';
import { type Protection, planProtection } from '@/lib/statistics/dashboard/protection';
import { everyFigure, figureKnowledge, rateLeaks, resolveAll } from '../support/plan-figures-attack';
import { type Payload, attack } from '../support/privacy-attack';
import { BATCH, CASES, blockCache, views } from '../support/privacy-views';
import { type TestOrganization, randomOrganization, seedOrganizationRows } from '../support/random-organization';

type OrganisationPayloads = {
  org: TestOrganization;
  /** Every year's blocks, the model plan figures are protected with. */
  protection: Protection;
  suppressed: Payload[];
  /** Counts a chart showed that the model does not hold. */
  misses: string[];
  plain: Payload[];
};

function payloadsOf(org: TestOrganization): OrganisationPayloads {
  const cached = blockCache();
  const protection = planProtection(org.rows, org.years, [...org.departments, ...org.units], cached);
  const misses: string[] = [];
  return { org, protection, suppressed: views(org, true, misses, cached), misses, plain: views(org, false) };
}

/** Small recovered counts from the dashboards alone; how many cells were suppressed. */
function dashboardAttack({ org, suppressed, misses, plain }: OrganisationPayloads) {
  // Every count a chart shows is a cell of the suppression model (nothing hidden by the fail-closed fallback).
  expect(misses, org.name).toEqual([]);
  const result = attack(suppressed, plain, org.departments);
  const small = result.recovered.filter((r) => r.value > 0 && r.value < 5);
  return { suppressed: result.suppressed, leaks: small.map((r) => `${r.id} = ${r.value} (${r.how})`) };
}

const ROLES: RoleName[] = ['HR', 'ADMIN', 'MANAGER', 'UNION_REP'];
const suppressedFor = (role: RoleName) =>
  !can(
    { organizationId: 'org', roles: [role], managedDepartmentIds: [], unionOrganizationId: null },
    'read:statistics:unsuppressed',
  );

/** What leaks from plan text and snapshots, read by every role beside the dashboards. */
function planAttack({ org, protection, suppressed, plain }: OrganisationPayloads): string[] {
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
  const result = attack(suppressed, plain, org.departments, figureKnowledge(org, figures, truth, suppressedViews));
  const small = result.recovered.filter((r) => r.value > 0 && r.value < 5);
  failures.push(...small.map((r) => `${r.id} = ${r.value} (${r.how})`));
  return failures;
}

/** One batch's payloads, built by whichever of its two tests runs first and dropped after the batch. */
function batchPayloads(build: () => { label: string; payloads: OrganisationPayloads }[]) {
  let built: ReturnType<typeof build> | undefined;
  afterAll(() => {
    built = undefined;
  });
  return () => (built ??= build());
}

function properties(organisations: () => { label: string; payloads: OrganisationPayloads }[], minSuppressed: number) {
  it('no suppressed count can be recovered from the payloads a non-HR role can request', () => {
    const failures: string[] = [];
    let suppressed = 0;
    for (const { label, payloads } of organisations()) {
      const result = dashboardAttack(payloads);
      suppressed += result.suppressed;
      if (result.leaks.length) failures.push(`${label}: ${result.leaks.join('; ')}`);
    }
    expect(suppressed).toBeGreaterThan(minSuppressed); // the cases do exercise suppression
    expect(failures, `${failures.length} organisations leak`).toEqual([]);
  });
  it('no suppressed count or small rate can be recovered from plan text and snapshots, for any role', () => {
    const failures = organisations().flatMap(({ label, payloads }) =>
      planAttack(payloads).map((f) => `${label}: ${f}`),
    );
    expect(failures).toEqual([]);
  });
}

describe.each(SEED_ORGANIZATIONS)('$name (seed data)', { timeout: 120_000 }, (seedOrg) => {
  properties(
    batchPayloads(() => [{ label: seedOrg.name, payloads: payloadsOf(seedOrganizationRows(seedOrg)) }]),
    0,
  );
});

// In batches, so that each test reports on its own seeds and stays within the timeout.
const batches = Array.from({ length: CASES / BATCH }, (_, i) => ({ first: i * BATCH + 1, last: (i + 1) * BATCH }));
describe.each(batches)('random organisations $first–$last (fixed seeds)', { timeout: 240_000 }, ({ first, last }) => {
  properties(
    batchPayloads(() =>
      Array.from({ length: last - first + 1 }, (_, i) => ({
        label: `seed ${first + i}`,
        payloads: payloadsOf(randomOrganization(first + i)),
      })),
    ),
    BATCH,
  );
});
