/**
 * Privacy property (issue 6, item 8): whoever holds every statistics payload a non-HR role can request — the
 * organisation view and each department view, every year, every chart — cannot work out any suppressed count,
 * by differencing (a total minus its other parts, across departments and across breakdown margins, repeated) or
 * by solving all the relations at once, or by narrowing bounds ("<5" is 1–4, "–" is 5 or more). Random
 * organisations from a fixed seed, and the three demo organisations. The suppression is planned as the server
 * plans it (loadDashboard): over every department of the organisation, units included.
 */
import { describe, expect, it } from 'vitest';
import { SEED_ORGANIZATIONS } from '@/prisma/seed-data';
import { attack } from '../support/privacy-attack';
import { BATCH, CASES, views } from '../support/privacy-views';
import { type TestOrganization, randomOrganization, seedOrganizationRows } from '../support/random-organization';

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
