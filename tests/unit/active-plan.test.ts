import { describe, expect, it } from 'vitest';
import { choosePlanToFollowUp, choosePlanToOpen } from '@/lib/activities/active-plan';

const plan = (id: string, startYear: number, status: string) => ({ id, startYear, endYear: startYear + 2, status });

describe('the plan followed up now', () => {
  it('is the adopted plan whose years include the reporting year, before a draft covering it', () => {
    const plans = [plan('draft-2026', 2026, 'DRAFT'), plan('adopted-2025', 2025, 'ADOPTED')];
    expect(choosePlanToFollowUp(plans, 2026)?.id).toBe('adopted-2025');
  });

  it('is never a plan for later years, even adopted in advance (Norra: a 2027 draft, a 2028 plan adopted early)', () => {
    const plans = [plan('seed-2027', 2027, 'DRAFT'), plan('adopted-2028', 2028, 'ADOPTED')];
    expect(choosePlanToFollowUp(plans, 2027)?.id).toBe('seed-2027');
    expect(choosePlanToFollowUp(plans, 2026)?.id).toBe('seed-2027'); // none has started: the soonest
  });

  it('falls back to the newest plan that has started, and to nothing without plans', () => {
    expect(choosePlanToFollowUp([plan('old', 2020, 'ADOPTED'), plan('older', 2018, 'ADOPTED')], 2026)?.id).toBe('old');
    expect(choosePlanToFollowUp([], 2026)).toBeNull();
  });
});

describe('the plan "Aktiviteter" opens on', () => {
  it('is the newest plan that has started, even a draft, not last year’s adopted one', () => {
    const plans = [plan('adopted-2025', 2025, 'ADOPTED'), plan('draft-2026', 2026, 'DRAFT')];
    expect(choosePlanToOpen(plans, 2026)?.id).toBe('draft-2026');
  });

  it('is never a plan for a later year before it starts, and the soonest when none has started', () => {
    const plans = [plan('adopted-2026', 2026, 'ADOPTED'), plan('adopted-2027', 2027, 'ADOPTED')];
    expect(choosePlanToOpen(plans, 2026)?.id).toBe('adopted-2026');
    expect(choosePlanToOpen(plans, 2027)?.id).toBe('adopted-2027');
    expect(choosePlanToOpen([plan('a', 2028, 'ADOPTED'), plan('b', 2027, 'DRAFT')], 2026)?.id).toBe('b');
    expect(choosePlanToOpen([], 2026)).toBeNull();
  });
});
