import { describe, expect, it } from 'vitest';
import { BASELINE, forecastNeeds } from '@/lib/needs/forecast';
import { ALL_AT_65, DEFAULT_RETIREMENT_AGES, retirementAgesFromPercent } from '@/lib/needs/retirement-age';
import { needsStatistics } from '@/lib/needs/statistics-input';
import { norraInnerstaden, socialforvaltningen } from '@/prisma/seed-data';
import { seedStatRows } from '@/prisma/seed/figures';
import { statRow } from '../support/stat-rows';

const YEARS_2025 = [2025, 2026, 2027];
const social = needsStatistics(seedStatRows(socialforvaltningen), 2025, socialforvaltningen.turnoverDefinition);
const STRATEGI = 'Avdelningen för strategi och utveckling';
const BEREDSKAP = 'Avdelningen för beredskap och administration';
const SOCIALT_STOD = 'Avdelningen för socialt stöd';

const byDepartment = (f: ReturnType<typeof forecastNeeds>, department: string) =>
  f.years.map((_, i) =>
    f.rows.filter((r) => r.department === department).reduce((a, r) => a + (r.reaching65[i] ?? 0), 0),
  );

describe('recruitment need: Pensionsavgångar (seed 003, Socialförvaltningen, plan 2025)', () => {
  const forecast = forecastNeeds(social, YEARS_2025, null, { retirementAges: ALL_AT_65 });

  it('63 staff reach 65 in 2025–2027: 16 / 15 / 32, and 37 are already over 65', () => {
    expect(forecast.statisticsYear).toBe(2024);
    expect(forecast.reaching65).toEqual([16, 15, 32]);
    expect(forecast.alreadyPast65).toBe(37);
  });

  it('per department 2/1/1, 3/3/5 and 11/11/26, split over occupations without losing anyone', () => {
    expect(byDepartment(forecast, STRATEGI)).toEqual([2, 1, 1]);
    expect(byDepartment(forecast, BEREDSKAP)).toEqual([3, 3, 5]);
    expect(byDepartment(forecast, SOCIALT_STOD)).toEqual([11, 11, 26]);
    expect(forecast.rows.every((r) => r.reaching65.every((v) => Number.isInteger(v)))).toBe(true);
  });

  it('the stated need of 100 new hires from retirements: everyone at 65 plus those already over 65', () => {
    expect(forecast.retirementNeedAt65).toBe(100);
    const retirements = forecast.totals.map((t) => t.retirements!);
    expect(retirements.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    // Those already over 65 are spread evenly over the three years.
    expect(retirements[0]).toBeCloseTo(16 + 37 / 3, 9);
  });

  it('the default retirement ages (50 % at 65 … 5 % at 69) count fewer leavers within the plan than everyone at 65', () => {
    const f = forecastNeeds(social, YEARS_2025, null, BASELINE);
    expect(f.retirementNeedAt65).toBe(100); // the seed's figure stays beside the forecast
    // 2025: half of the 16 + a third of 37; 2026: half of 15 + a fifth of 16; 2027: half of 32 + 20 % of 15 + 15 % of 16.
    expect(f.totals.map((t) => t.retirements)).toEqual([
      expect.closeTo(8 + 37 / 3, 9),
      expect.closeTo(7.5 + 3.2 + 37 / 3, 9),
      expect.closeTo(16 + 3 + 2.4 + 37 / 3, 9),
    ]);
    expect(f.formulas.retirements.replace(/\u00a0/g, ' ')).toContain('50 % vid 65');
  });
});

describe('recruitment need: Övriga avgångar and Volymförändring', () => {
  it('turnover × permanent staff net of the year’s retirements, the occupation’s rate where stated', () => {
    const f = forecastNeeds(social, YEARS_2025, null, { retirementAges: ALL_AT_65 });
    const row = f.rows.find((r) => r.department === SOCIALT_STOD && r.occupation === 'socialsekreterare')!;
    expect(row.turnoverSource).toBe('occupation');
    const y = row.years[0]!;
    expect(y.otherDepartures).toBeCloseTo((row.turnoverRate! / 100) * (row.permanent - y.retirements!), 9);
    expect(f.formulas.otherDepartures).toContain('annan arbetsgivare eller annan förvaltning');
  });

  it('falls back to the organisation’s turnover for an occupation without its own rate', () => {
    const stats = { ...social, turnover: { ...social.turnover, byOccupation: new Map<string, number>() } };
    const f = forecastNeeds(stats, YEARS_2025, null);
    expect(f.rows.every((r) => r.turnoverSource === 'organization' && r.turnoverRate === 7.3)).toBe(true);
  });

  it('without a volume input the volume part is missing, never 0, and the sum says it is incomplete', () => {
    const f = forecastNeeds(social, YEARS_2025, null);
    expect(f.totals.every((t) => t.volume === null && !t.complete)).toBe(true);
    expect(f.missing.join(' ')).toContain('Volymförändring saknas');
  });

  it('adds a volume change per occupation, split over departments by staff; a year absent stays missing', () => {
    const volume = new Map([
      [
        'socialsekreterare',
        new Map([
          [2025, 10],
          [2026, 12],
        ]),
      ],
    ]);
    const f = forecastNeeds(social, YEARS_2025, volume);
    const rows = f.rows.filter((r) => r.occupation === 'socialsekreterare');
    const sumYear = (i: number) => rows.reduce((a, r) => a + (r.years[i]!.volume ?? 0), 0);
    expect(sumYear(0)).toBeCloseTo(10, 9);
    // The ratio changed mid-period: the second year's change is the new one.
    expect(sumYear(1)).toBeCloseTo(12, 9);
    expect(rows.every((r) => r.years[2]!.volume === null)).toBe(true);
    // An occupation without any volume figure is missing too.
    expect(f.rows.find((r) => r.occupation === 'utredare')!.years[0]!.volume).toBeNull();
  });

  it('an occupation with demand but nobody employed gets a row of its own', () => {
    const f = forecastNeeds(social, YEARS_2025, new Map([['kurator', new Map([[2025, 3]])]]));
    const row = f.rows.find((r) => r.occupation === 'kurator')!;
    expect(row).toMatchObject({ department: null, permanent: 0 });
    expect(row.years[0]).toMatchObject({ retirements: 0, otherDepartures: 0, volume: 3 });
  });
});

describe('recruitment need: edge cases', () => {
  it('no age data: the retirement and turnover parts are missing, not 0', () => {
    const stats = needsStatistics([statRow({ measure: 'turnover', year: 2024, value: 7 })], 2025, 'def');
    const f = forecastNeeds(stats, YEARS_2025, null);
    expect(f.statisticsYear).toBeNull();
    expect(f.reaching65).toEqual([null, null, null]);
    expect(f.alreadyPast65).toBeNull();
    expect(f.retirementNeedAt65).toBeNull();
    expect(f.totals.every((t) => t.retirements === null && t.otherDepartures === null)).toBe(true);
    expect(f.missing[0]).toContain('Åldersstatistik saknas');
  });

  it('zero head count: nothing to replace, shown as 0 (known), not missing', () => {
    const rows = [
      statRow({
        year: 2024,
        department: 'A',
        occupation: 'x',
        employmentForm: 'permanent',
        gender: 'woman',
        ageBand: '40-49',
        value: 0,
      }),
      statRow({ measure: 'turnover', year: 2024, value: 10 }),
      statRow({ measure: 'retirements', year: 2024, department: 'A', category: '2025', value: 0 }),
      statRow({ measure: 'retirements', year: 2024, department: 'A', category: '2026', value: 0 }),
      statRow({ measure: 'retirements', year: 2024, department: 'A', category: '2027', value: 0 }),
    ];
    const f = forecastNeeds(needsStatistics(rows, 2025, 'def'), YEARS_2025, new Map());
    expect(f.rows[0]!.years[0]).toMatchObject({ retirements: 0, otherDepartures: 0 });
  });

  it('a plan year the retirement rows do not cover is missing for that year only', () => {
    const stats = needsStatistics(seedStatRows(socialforvaltningen), 2026, socialforvaltningen.turnoverDefinition);
    const f = forecastNeeds(stats, [2026, 2027, 2028], null, { retirementAges: ALL_AT_65 });
    expect(f.reaching65).toEqual([15, 32, null]);
    expect(f.totals[2]!.retirements).toBeNull();
  });

  it('without retirement rows, estimates from the age bands (a fifth of 60–64 a year) and says so', () => {
    const rows = seedStatRows(socialforvaltningen).filter((r) => r.measure !== 'retirements');
    const f = forecastNeeds(needsStatistics(rows, 2025, 'def'), YEARS_2025, null, { retirementAges: ALL_AT_65 });
    expect(f.retirementsEstimated).toBe(true);
    expect(f.reaching65[0]).toBeCloseTo((72 + 7 + 16 + 3 + 0 + 1) / 5, 9);
  });

  it('validates the retirement-age setting in Swedish', () => {
    expect(retirementAgesFromPercent({ 65: 50, 66: 20, 67: 15, 68: 10, 69: 5 })).toEqual({
      ok: true,
      value: DEFAULT_RETIREMENT_AGES,
    });
    expect(retirementAgesFromPercent({ 65: 50, 66: 20 })).toMatchObject({ ok: false });
    expect(retirementAgesFromPercent({ 65: 90, 66: 20, 67: 0, 68: 0, 69: 0 })).toEqual({
      ok: false,
      error: 'Andelarna ska bli 100 % tillsammans (nu 110 %).',
    });
    expect(retirementAgesFromPercent({ 65: -10, 66: 110, 67: 0, 68: 0, 69: 0 })).toMatchObject({ ok: false });
  });
});

describe('seed 001: Norra innerstaden', () => {
  it('"nästan 400" permanent staff aged 60 or more (396) for plan 2027', () => {
    const stats = needsStatistics(seedStatRows(norraInnerstaden), 2027, norraInnerstaden.turnoverDefinition);
    const f = forecastNeeds(stats, [2027, 2028, 2029], null);
    expect(f.statisticsYear).toBe(2025);
    expect(f.permanent60plus).toBe(396);
    expect(f.reaching65.every((v) => v !== null)).toBe(true);
  });
});
