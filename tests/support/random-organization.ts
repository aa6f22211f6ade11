/**
 * Random organisations with statistics for the privacy property test: a deterministic generator (fixed seed),
 * departments with and without small cells, a unit outside the department views (staff the organisation total
 * counts but no department view shows), org-level stated totals, and the demo organisations' seed data in the
 * same shape.
 */
import { seedStatRows } from '@/prisma/seed/figures';
import type { StatRow } from '@/lib/statistics/dashboard/rows';
import { AGE_BANDS, DEPARTURE_REASONS, GENDERS, INCIDENT_KINDS, RECRUITMENT_ROUTES } from '@/lib/statistics/measures';
import type { SeedOrganization } from '@/prisma/seed-data/types';
import { statRow } from './stat-rows';

/** mulberry32: a small, well-mixed 32-bit generator. */
export function randomGenerator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type TestOrganization = {
  name: string;
  /** The departments a viewer can choose (top level). */
  departments: string[];
  /** Units below them: in the organisation's department tree, some with figures, never a view of their own. */
  units: string[];
  years: number[];
  rows: StatRow[];
};

const row = (r: Partial<StatRow> & Pick<StatRow, 'measure' | 'year' | 'value'>): StatRow => statRow(r);

export function randomOrganization(seed: number): TestOrganization {
  const rand = randomGenerator(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  // Many zeros and small cells, some large ones: the hard case for suppression.
  const smallish = () => {
    const r = rand();
    return r < 0.3 ? 0 : r < 0.65 ? int(1, 4) : r < 0.9 ? int(5, 15) : int(16, 80);
  };
  const departments = Array.from({ length: int(1, 5) }, (_, i) => `Avdelning ${String.fromCharCode(65 + i)}`);
  const unit = rand() < 0.3 ? ['Enhet utanför avdelningarna'] : [];
  const everywhere = [...departments, ...unit];
  const units = [...unit, ...(rand() < 0.5 ? ['Enhet utan statistik'] : [])];
  const occupations = Array.from({ length: int(1, 8) }, (_, i) => `Befattning ${i + 1}`);
  const year = pick([2024, 2025, 2026]);
  const years = [year - 1, year];
  const rows: StatRow[] = [];
  for (const y of years) {
    for (const department of everywhere) {
      for (const occupation of occupations) {
        if (rand() < 0.35) continue;
        for (const employmentForm of ['permanent', 'fixedTerm', ...(rand() < 0.1 ? ['hourly'] : [])]) {
          if (employmentForm !== 'permanent' && rand() < 0.5) continue;
          for (const gender of GENDERS)
            for (const ageBand of AGE_BANDS) {
              const value = smallish();
              if (value)
                rows.push(
                  row({
                    measure: 'headcount',
                    year: y,
                    department,
                    occupation,
                    employmentForm,
                    gender,
                    ageBand,
                    value,
                  }),
                );
            }
        }
      }
      for (const [measure, codes] of [
        ['departures', DEPARTURE_REASONS],
        ['recruitments', RECRUITMENT_ROUTES],
      ] as const) {
        for (const category of codes) {
          const value = smallish();
          if (value) rows.push(row({ measure, year: y, department, employmentForm: 'permanent', category, value }));
        }
      }
      if (y === year || rand() < 0.5) {
        const categories = [...[-3, -2, -1, 0, 1, 2, 3].map((d) => String(y + d)), 'over65'];
        for (const category of categories) {
          const value = smallish();
          if (value) rows.push(row({ measure: 'retirements', year: y, department, category, value }));
        }
      }
    }
    // Incidents: per department or only for the organisation.
    const perDepartment = rand() < 0.5;
    for (const department of perDepartment ? everywhere : [null])
      for (const category of INCIDENT_KINDS)
        for (const tertial of [1, 2, 3]) {
          const value = smallish();
          if (value) rows.push(row({ measure: 'incidents', year: y, tertial, department, category, value }));
        }
    // Sometimes the file states the organisation's departures per reason as well (equal to the departments' sum).
    if (rand() < 0.3) {
      for (const category of DEPARTURE_REASONS) {
        const value = rows
          .filter((r) => r.measure === 'departures' && r.year === y && r.category === category && r.department)
          .reduce((n, r) => n + r.value, 0);
        rows.push(row({ measure: 'departures', year: y, employmentForm: 'permanent', category, value }));
      }
    }
  }
  rows.push(...rateRows(seed, rows, everywhere, occupations, years));
  return { name: `slumpad förvaltning ${seed}`, departments, units, years, rows };
}

/**
 * Rates over the head counts above (issue 16, item 2), from a generator of their own so the counts stay as they
 * were: turnover per occupation and for the organisation, full-time share per gender, sick leave and staff per
 * manager per department, each with its population (the head count it is over) or, now and then, none.
 */
function rateRows(seed: number, rows: StatRow[], departments: string[], occupations: string[], years: number[]) {
  const rand = randomGenerator(seed + 1_000_003);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const heads = (y: number, match: (r: StatRow) => boolean) =>
    rows.filter((r) => r.measure === 'headcount' && r.year === y && match(r)).reduce((n, r) => n + r.value, 0);
  const out: StatRow[] = [];
  const rate = (y: number, population: number, count: number, over: Partial<StatRow>, measure: string) => {
    if (population > 0)
      out.push(
        row({
          measure,
          year: y,
          value: Math.round((1000 * count) / population) / 10,
          population: rand() < 0.1 ? null : population,
          ...over,
        }),
      );
  };
  for (const y of years) {
    const permanent = heads(y, (r) => r.employmentForm === 'permanent');
    rate(y, permanent, int(0, Math.ceil(permanent / 5)), {}, 'turnover');
    for (const occupation of occupations) {
      const population = heads(y, (r) => r.employmentForm === 'permanent' && r.occupation === occupation);
      rate(y, population, int(0, Math.ceil(population / 4)), { occupation }, 'turnover');
    }
    for (const gender of GENDERS) {
      const population = heads(y, (r) => r.gender === gender);
      rate(y, population, population - int(0, Math.min(population, 6)), { gender }, 'fullTimeShare');
    }
    for (const department of departments) {
      const population = heads(y, (r) => r.department === department);
      rate(y, population, int(0, population), { department, category: 'total' }, 'sickLeave');
      if (population > 0)
        out.push(
          row({
            measure: 'spanOfControl',
            year: y,
            department,
            value: Math.round((10 * population) / int(1, 8)) / 10,
            population,
          }),
        );
    }
  }
  return out;
}

export function seedOrganizationRows(org: SeedOrganization): TestOrganization {
  const rows = seedStatRows(org);
  return {
    name: org.name,
    departments: org.departments.map((d) => d.name),
    units: org.departments.flatMap((d) => d.units ?? []),
    years: [...new Set(rows.map((r) => r.year))].sort(),
    rows,
  };
}
