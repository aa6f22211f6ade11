import { describe, expect, it } from 'vitest';
import { choosePlanToFollowUp } from '@/lib/activities/active-plan';

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
