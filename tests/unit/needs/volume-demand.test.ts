import { describe, expect, it } from 'vitest';
import { compareVintages } from '@/lib/needs/population-compare';
import { type PopulationPoint, indexPopulation, residentsOf } from '@/lib/needs/population-series';
import { computeVolumeDemand, type StaffingRatioInput, yearlyVolumeChange } from '@/lib/needs/volume-demand';
import { BY_ID, DISTRICTS } from './districts-fixture';

const PLAN = [2027, 2028, 2029];
const point = (districtId: string, ageGroup: string, year: number, population: number): PopulationPoint => ({
  districtId,
  ageGroup,
  year,
  population,
});
/** Residents of Norra innerstaden, as the loader gives them to the arithmetic. */
const residentsIn = (rows: PopulationPoint[], districtIds = ['ni']) => {
  const index = indexPopulation(rows, BY_ID);
  return (ageGroup: string, year: number) => residentsOf(index, districtIds, ageGroup, year);
};
const undersköterskor = (staff: number, validFrom = 2020, ageGroup = '80+'): StaffingRatioInput => ({
  occupationId: 'usk',
  ageGroup,
  staff,
  perResidents: 100,
  validFrom,
});
const demandOf = (result: ReturnType<typeof computeVolumeDemand>, occupationId = 'usk') =>
  Object.fromEntries(result.demand.get(occupationId) ?? []);

describe('volymförändring from a population forecast', () => {
  it('is (residents(Y) − residents(base)) × ratio ÷ N from the year before the plan', () => {
    const rows = [2026, 2027, 2028, 2029].map((y, i) => point('ni', '80+', y, 8000 + 200 * i));
    const result = computeVolumeDemand({
      years: PLAN,
      residents: residentsIn(rows),
      forecastFirstYear: 2026,
      ratios: [undersköterskor(8)],
      direct: [],
    });
    expect(result.baseYear).toBe(2026);
    expect(demandOf(result)).toEqual({ 2027: 16, 2028: 32, 2029: 48 });
    expect(result.sourceByOccupation.get('usk')).toBe('ratio');
    expect(result.notes).toEqual([]);
  });

  it('sums the age groups an occupation’s ratios name, and goes negative where children get fewer', () => {
    const rows = [
      ...[2026, 2027].map((y, i) => point('ni', '80+', y, 8000 + 100 * i)),
      ...[2026, 2027].map((y, i) => point('ni', '65-79', y, 20000 + 500 * i)),
      ...[2026, 2027].map((y, i) => point('ni', '1-5', y, 6500 - 300 * i)),
    ];
    const result = computeVolumeDemand({
      years: [2027],
      residents: residentsIn(rows),
      forecastFirstYear: 2026,
      ratios: [
        undersköterskor(8),
        undersköterskor(1, 2020, '65-79'),
        { occupationId: 'fsk', ageGroup: '1-5', staff: 6, perResidents: 100, validFrom: 2020 },
      ],
      direct: [],
    });
    expect(demandOf(result)).toEqual({ 2027: 8 + 5 });
    expect(demandOf(result, 'fsk')).toEqual({ 2027: -18 });
  });

  it('counts a district merged since the forecast was published under the district it became', () => {
    const rows = [
      point('nm', '80+', 2026, 3900),
      point('om', '80+', 2026, 4100),
      point('nm', '80+', 2027, 4000),
      point('om', '80+', 2027, 4200),
    ];
    const result = computeVolumeDemand({
      years: [2027],
      residents: residentsIn(rows),
      forecastFirstYear: 2026,
      ratios: [undersköterskor(10)],
      direct: [],
    });
    expect(demandOf(result)).toEqual({ 2027: 20 });
  });

  it('applies a ratio changed mid-period from its year, also to the residents already there', () => {
    const rows = [2026, 2027, 2028, 2029].map((y) => point('ni', '80+', y, 8000));
    const result = computeVolumeDemand({
      years: PLAN,
      residents: residentsIn(rows),
      forecastFirstYear: 2026,
      ratios: [undersköterskor(8, 2020), undersköterskor(9, 2028)],
      direct: [],
    });
    // Unchanged population: no change until the ratio rises to 9 per 100 in 2028 (80 more for 8 000 residents).
    expect(demandOf(result)).toEqual({ 2027: 0, 2028: 80, 2029: 80 });
  });

  it('leaves a year out, never 0, when an age group is absent from the forecast that year', () => {
    const rows = [point('ni', '80+', 2026, 8000), point('ni', '80+', 2027, 8100), point('ni', '80+', 2029, 8300)];
    const result = computeVolumeDemand({
      years: PLAN,
      residents: residentsIn(rows),
      forecastFirstYear: 2026,
      ratios: [undersköterskor(10)],
      direct: [],
      occupationName: () => 'undersköterska',
    });
    expect(demandOf(result)).toEqual({ 2027: 10, 2029: 30 });
    expect(result.notes).toEqual(['undersköterska: prognosen saknar 80 år och äldre för 2028.']);
  });

  it('leaves a year out when one of the districts merged into the förvaltning’s is missing that year', () => {
    const rows = [point('nm', '80+', 2026, 3900), point('om', '80+', 2026, 4100), point('nm', '80+', 2027, 4000)];
    const result = computeVolumeDemand({
      years: [2027],
      residents: residentsIn(rows),
      forecastFirstYear: 2026,
      ratios: [undersköterskor(10)],
      direct: [],
    });
    expect(demandOf(result)).toEqual({});
  });

  it('leaves out the years before a ratio applies, in one note naming them', () => {
    const rows = [2026, 2027, 2028, 2029].map((y) => point('ni', '80+', y, 8000));
    const result = computeVolumeDemand({
      years: PLAN,
      residents: residentsIn(rows),
      forecastFirstYear: 2026,
      ratios: [undersköterskor(9, 2029)],
      direct: [],
      occupationName: () => 'undersköterska',
    });
    // A ratio entered from 2029 only is taken to describe the base year too: no change for unchanged residents.
    expect(demandOf(result)).toEqual({ 2029: 0 });
    expect(result.notes).toEqual(['undersköterska: inget bemanningstal för 80 år och äldre gäller 2027 och 2028.']);
  });

  it('has no demand without a forecast, and says why', () => {
    const result = computeVolumeDemand({
      years: PLAN,
      residents: null,
      forecastFirstYear: null,
      ratios: [undersköterskor(8)],
      direct: [],
    });
    expect(result.demand.size).toBe(0);
    expect(result.notes).toEqual([
      'Ingen befolkningsprognos är importerad: bemanningstalen kan inte räknas om till en volymförändring.',
    ]);
  });

  it('counts from the forecast’s first year when it starts after the year before the plan', () => {
    const rows = [2028, 2029].map((y, i) => point('ni', '80+', y, 8000 + 100 * i));
    const result = computeVolumeDemand({
      years: PLAN,
      residents: residentsIn(rows),
      forecastFirstYear: 2028,
      ratios: [undersköterskor(10)],
      direct: [],
    });
    expect(result.baseYear).toBe(2028);
    expect(demandOf(result)).toEqual({ 2029: 10 });
    expect(result.notes[0]).toBe('Prognosen börjar 2028: förändringen räknas från 2028 i stället för 2026.');
  });

  it('uses a directly stated change instead of the ratio, with missing years left out', () => {
    const result = computeVolumeDemand({
      years: PLAN,
      residents: null,
      forecastFirstYear: null,
      ratios: [undersköterskor(8)],
      direct: [
        { occupationId: 'usk', year: 2027, change: 12 },
        { occupationId: 'usk', year: 2029, change: -3.5 },
      ],
      occupationName: () => 'undersköterska',
    });
    expect(demandOf(result)).toEqual({ 2027: 12, 2029: -3.5 });
    expect(result.sourceByOccupation.get('usk')).toBe('direct');
    expect(result.notes).toContain('undersköterska: ingen förändring angiven för 2028.');
  });
});

describe('this year’s forecast beside last year’s', () => {
  it('compares per district × age group × year across the merger into Norra innerstaden', () => {
    const rows = compareVintages({
      current: [point('ni', '80+', 2027, 8300), point('ni', '80+', 2028, 8600)],
      previous: [point('nm', '80+', 2027, 4000), point('om', '80+', 2027, 4200), point('nm', '80+', 2026, 3900)],
      districts: DISTRICTS,
    });
    // 2026 is left out: last year's vintage has Norrmalm but not Östermalm, so Norra innerstaden is unknown.
    expect(rows).toEqual([
      { districtId: 'ni', ageGroup: '80+', year: 2027, current: 8300, previous: 8200, difference: 100 },
      { districtId: 'ni', ageGroup: '80+', year: 2028, current: 8600, previous: null, difference: null },
    ]);
  });
});

describe('the volume part of each year’s recruitment need', () => {
  it('is the growth of the change that year, so the plan’s three years add up to the change by its last year', () => {
    // Norra innerstaden's undersköterskor (demo data): 18,85 / 38,38 / 58,59 more than in 2026.
    const change = new Map([
      [2027, 18.85],
      [2028, 38.38],
      [2029, 58.59],
    ]);
    const yearly = yearlyVolumeChange(change, PLAN, 2026);
    expect(Object.fromEntries(yearly)).toEqual({ 2027: 18.85, 2028: 19.53, 2029: 20.21 });
    expect([...yearly.values()].reduce((a, v) => a + v, 0)).toBeCloseTo(58.59);
  });

  it('leaves a year unknown when its change or the year before is unknown, or the forecast starts after it', () => {
    expect(Object.fromEntries(yearlyVolumeChange(new Map([[2029, 5]]), PLAN, 2026))).toEqual({});
    // A forecast that starts in 2027 counts from 2027: 2027 is unknown, 2028's growth is all of its change.
    expect(
      Object.fromEntries(
        yearlyVolumeChange(
          new Map([
            [2028, 4],
            [2029, 6],
          ]),
          PLAN,
          2027,
        ),
      ),
    ).toEqual({ 2028: 4, 2029: 2 });
  });
});
