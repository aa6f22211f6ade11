import { describe, expect, it } from 'vitest';
import { DEFAULT_RETIREMENT_AGES } from '@/lib/needs/retirement-age';
import { decodeLevers, encodeLevers, needsBinding, readNeedsBinding } from '@/lib/needs/plan-table';
import { parseNeedsRequest } from '@/lib/needs/request';
import { sanitizeDocument } from '@/lib/plans/document';

describe('the Kompetensbehov address (GET: looking never writes)', () => {
  it('opens SKR’s presets by key and reads typed levers', () => {
    expect(parseNeedsRequest({ preset: 'skr-3-timmar' })).toMatchObject({
      levers: { fullTime: { mode: 'hours', hoursPerWeek: 3 } },
      presetName: 'SKR: 3 timmar mer i veckan',
    });
    expect(parseNeedsRequest({ turnoverPoints: '1,5', turnoverOccupation: 'utredare' }).levers).toEqual({
      lowerTurnover: { percentagePoints: 1.5, occupation: 'utredare' },
    });
  });

  it.each([
    [{ staffingMultiplier: '0' }, 'staffingMultiplier'],
    [{ staffingMultiplier: '-2' }, 'staffingMultiplier'],
    [{ fullTime: 'share' }, 'fullTimeValue'],
    [{ fullTimeValue: '3' }, 'fullTime'],
    [{ laterRetirement: '70' }, 'laterRetirement'],
    [{ efficiencyPercent: 'abc' }, 'efficiencyPercent'],
  ])('bad or half-filled input %o computes no scenario and says why in Swedish', (query, field) => {
    const r = parseNeedsRequest(query);
    expect(r.levers).toBeNull();
    expect(r.leverErrors[field]?.[0]).toMatch(/[A-ZÅÄÖ]/);
  });

  it('a retirement-age setting that does not add up to 100 % falls back to the default and says so', () => {
    const r = parseNeedsRequest({ pension65: '80', pension66: '30', pension67: '0', pension68: '0', pension69: '0' });
    expect(r.retirementAges).toEqual(DEFAULT_RETIREMENT_AGES);
    expect(r.retirementError).toContain('100 %');
    expect(
      parseNeedsRequest({ pension65: '100', pension66: '0', pension67: '0', pension68: '0', pension69: '0' }),
    ).toMatchObject({ retirementError: null, retirementAges: { 65: 1 } });
  });
});

describe('the forecast as live figures in plan text', () => {
  it('encodes a scenario’s levers in the figure and reads them back; the sanitizer keeps the binding', () => {
    const levers = {
      fullTime: { mode: 'hours', hoursPerWeek: 3 },
      laterRetirement: { mode: 'minimumAge', age: 66 },
      lowerTurnover: { percentagePoints: 2, occupation: 'biträdande föreståndare' },
    } as const;
    expect(decodeLevers(encodeLevers(levers))).toEqual(levers);
    const binding = needsBinding({
      planYear: 2025,
      part: 'total',
      year: 2026,
      levers,
      retirementAges: DEFAULT_RETIREMENT_AGES,
      name: 'SKR',
    });
    const doc = sanitizeDocument({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'liveFigure', attrs: binding }] }],
    });
    const kept = doc.content[0]!.content![0]!.attrs!;
    expect(readNeedsBinding(kept as never)).toMatchObject({
      planYear: 2025,
      part: 'total',
      year: 2026,
      levers,
      name: 'SKR',
    });
    expect(decodeLevers('x9')).toBeNull();
  });
});
