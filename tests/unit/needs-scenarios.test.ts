import { describe, expect, it } from 'vitest';
import { BASELINE, forecastNeeds } from '@/lib/needs/forecast';
import { ALL_AT_65 } from '@/lib/needs/retirement-age';
import {
  LEVERS,
  SKR_NATIONAL,
  SKR_PRESETS,
  assumptionsFor,
  fteGained,
  reductionShare,
  runScenario,
} from '@/lib/needs/scenarios';
import { needsStatistics } from '@/lib/needs/statistics-input';
import { socialforvaltningen } from '@/prisma/seed-data';
import { seedStatRows } from '@/prisma/seed/figures';

const YEARS = [2025, 2026, 2027];
const stats = needsStatistics(seedStatRows(socialforvaltningen), 2025, socialforvaltningen.turnoverDefinition);
const baseline = forecastNeeds(stats, YEARS, null);
const total = (f: typeof baseline) => f.totals.reduce((a, t) => a + t.total, 0);
const atSixtyFive = { retirementAges: ALL_AT_65 };

describe('scenarios on seed 003 (Socialförvaltningen, plan 2025)', () => {
  it('"SKR: pension vid 66": those turning 65 leave a year later, those already over 65 stay in the count', () => {
    const preset = SKR_PRESETS.find((p) => p.name === 'SKR: pension vid 66')!;
    const { forecast } = runScenario(stats, YEARS, null, preset.levers, atSixtyFive);
    // Everyone at 65 → at 66: 2025 keeps only the 37 spread; 2026 the 16 of 2025; 2027 the 15 of 2026.
    expect(forecast.totals.map((t) => t.retirements)).toEqual([
      expect.closeTo(37 / 3, 9),
      expect.closeTo(16 + 37 / 3, 9),
      expect.closeTo(15 + 37 / 3, 9),
    ]);
    expect(forecast.retirementNeedAt65).toBe(100); // the seed's own count stays beside it
  });

  it('"SKR: 3 timmar mer i veckan": 22 part-timers × 3/40 FTE, taken off the need evenly over the years', () => {
    const preset = SKR_PRESETS.find((p) => p.name === 'SKR: 3 timmar mer i veckan')!;
    const result = runScenario(stats, YEARS, null, preset.levers);
    expect(result.fteGained).toBeCloseTo((22 * 3) / 40, 9);
    expect(total(baseline) - total(result.forecast)).toBeCloseTo((22 * 3) / 40, 9);
    expect(result.forecast.totals[0]!.adjustment).toBeCloseTo(-(22 * 3) / 40 / 3, 9);
    // The parts themselves are unchanged: the cut is shown as its own line.
    expect(result.forecast.totals[0]!.retirements).toBeCloseTo(baseline.totals[0]!.retirements!, 9);
  });

  it('full time as a share: part-timers raised until the target share works full time', () => {
    // 1 102 monthly paid (the full-time shares' population), 22 part-time: 98 % full time needs 22 − 22,04 → 0 moved.
    expect(fteGained(stats, { mode: 'share', targetShare: 98 })).toBe(0);
    expect(fteGained(stats, { mode: 'share', targetShare: 100 })).toBeCloseTo(22 * 0.25, 9);
    // More hours than a part-timer has room for count only up to full time.
    expect(fteGained(stats, { mode: 'hours', hoursPerWeek: 20 })).toBeCloseTo(22 * 0.25, 9);
  });

  it('later retirement by one or two years, at most 69', () => {
    expect(assumptionsFor({ laterRetirement: { mode: 'shift', years: 2 } }).retirementAges).toEqual({
      65: 0,
      66: 0,
      67: 0.5,
      68: 0.2,
      69: 0.3,
    });
    const later = runScenario(stats, YEARS, null, { laterRetirement: { mode: 'shift', years: 1 } });
    expect(total(later.forecast)).toBeLessThan(total(baseline));
  });

  it('lower turnover by percentage points, for one occupation or all, never below 0', () => {
    const all = runScenario(stats, YEARS, null, { lowerTurnover: { percentagePoints: 2, occupation: null } });
    expect(
      all.forecast.rows.every(
        (r) => r.turnoverRate === Math.max(0, (stats.turnover.byOccupation.get(r.occupation) ?? 7.3) - 2),
      ),
    ).toBe(true);
    const one = runScenario(stats, YEARS, null, { lowerTurnover: { percentagePoints: 50, occupation: 'utredare' } });
    const rate = (f: typeof baseline, occ: string) => f.rows.find((r) => r.occupation === occ)!.turnoverRate;
    expect(rate(one.forecast, 'utredare')).toBe(0);
    expect(rate(one.forecast, 'socialsekreterare')).toBe(rate(baseline, 'socialsekreterare'));
  });

  it('efficiency takes N % off the need; a staffing ratio multiplies the volume change', () => {
    const eff = runScenario(stats, YEARS, null, { efficiency: { percent: 10 } });
    expect(total(eff.forecast)).toBeCloseTo(total(baseline) * 0.9, 9);
    expect(reductionShare(baseline, eff.forecast)).toBeCloseTo(0.1, 9);
    const volume = new Map([['socialsekreterare', new Map(YEARS.map((y) => [y, 10]))]]);
    const ratio = runScenario(stats, YEARS, volume, { staffingRatio: { multiplier: 1.5 } });
    expect(ratio.forecast.totals[0]!.volume).toBeCloseTo(15, 9);
  });

  it('without part-time statistics the full-time lever says so and changes nothing', () => {
    const none = { ...stats, partTime: null };
    const result = runScenario(none, YEARS, null, { fullTime: { mode: 'hours', hoursPerWeek: 3 } });
    expect(result.fteGained).toBeNull();
    expect(result.notes[0]).toContain('deltidsanställda saknas');
    expect(total(result.forecast)).toBeCloseTo(total(forecastNeeds(none, YEARS, null, BASELINE)), 9);
  });

  it('names the SKR strategy each lever serves and SKR’s national result', () => {
    expect(LEVERS.fullTime.strategyNote).toBe('arbeta mer och längre');
    expect(LEVERS.laterRetirement.strategyNote).toBe('arbeta mer och längre');
    expect(LEVERS.lowerTurnover.strategyNote).toBe('friskfaktorer');
    expect(LEVERS.efficiency.strategyNote).toBe('använd kompetensen rätt');
    expect(SKR_NATIONAL).toMatchObject({ hires: 410_000, reductionShare: 0.25 });
  });
});
