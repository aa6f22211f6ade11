import { describe, expect, it } from 'vitest';
import type { StatRow } from '@/lib/statistics/dashboard/rows';
import { type FigureBinding, bindingKey } from '@/lib/plans/document';
import { findContradictions, parseSwedishNumber } from '@/lib/plans/contradictions';
import { displayFigure, resolveFigure } from '@/lib/plans/figures';
import { protectFigure } from '@/lib/plans/figure-protection';
import { planProtection } from '@/lib/statistics/dashboard/protection';
import { statRow } from '../support/stat-rows';

const row = (over: Partial<StatRow>): StatRow => statRow(over);

const rows: StatRow[] = [
  row({ department: 'Äldreomsorg', employmentForm: 'permanent', gender: 'woman', value: 1200 }),
  row({ department: 'Äldreomsorg', employmentForm: 'permanent', gender: 'man', value: 400 }),
  row({ department: 'Förskola', employmentForm: 'permanent', gender: 'woman', value: 741 }),
  row({ department: 'Förskola', employmentForm: 'fixedTerm', gender: 'man', value: 3 }),
  row({ measure: 'sickLeave', value: 7.42, decimals: 2 }),
  row({ measure: 'fullTimeShare', gender: 'woman', value: 80, population: 300 }),
  row({ measure: 'fullTimeShare', gender: 'man', value: 90, population: 100 }),
];

describe('live-figure resolution', () => {
  it('sums a count over the dimensions the binding leaves open', () => {
    const permanent = resolveFigure(
      rows,
      { measure: 'headcount', year: 2025, dimensions: { employmentForm: 'permanent' } },
      '',
    );
    expect(permanent.value).toBe(2341);
    expect(permanent.label).toBe('Antal anställda, tillsvidareanställda');
    const elder = resolveFigure(
      rows,
      { measure: 'headcount', year: 2025, dimensions: { department: 'Äldreomsorg' } },
      '',
    );
    expect(elder.value).toBe(1600);
  });

  it('takes a stated share as it is and weights parts by population when no total is stated', () => {
    const sick = resolveFigure(rows, { measure: 'sickLeave', year: 2025, dimensions: {} }, '');
    expect(displayFigure(sick)).toBe('7,42 %');
    const fullTime = resolveFigure(rows, { measure: 'fullTimeShare', year: 2025, dimensions: {} }, '');
    expect(fullTime.value).toBeCloseTo(82.5);
  });

  it('says so when the statistics hold nothing, and uses the organisation’s turnover definition', () => {
    const missing = resolveFigure(rows, { measure: 'turnover', year: 2019, dimensions: {} }, 'Egen definition.');
    expect(missing.value).toBeNull();
    expect(displayFigure(missing)).toBe('uppgift saknas');
    expect(missing.definition).toBe('Egen definition.');
  });

  it('suppresses a small breakdown for readers without unsuppressed access, not for HR', () => {
    const few = resolveFigure(
      rows,
      { measure: 'headcount', year: 2025, dimensions: { department: 'Förskola', employmentForm: 'fixedTerm' } },
      '',
    );
    const protection = planProtection(rows, [2025], ['Äldreomsorg', 'Förskola']);
    const hidden = protectFigure(few, protection);
    expect(hidden.value).toBeNull();
    expect(['<5', '–']).toContain(displayFigure(hidden));
    expect(protection.misses).toEqual([]);
    expect(displayFigure(protectFigure(few, null))).toBe('3');
  });
});

describe('contradiction check', () => {
  const bindings: FigureBinding[] = [
    { measure: 'headcount', year: 2025, dimensions: { employmentForm: 'permanent' } },
    { measure: 'sickLeave', year: 2025, dimensions: {} },
  ];
  const figures = new Map(bindings.map((b) => [bindingKey(b), resolveFigure(rows, b, '')]));

  it('reports a typed headcount that differs from the statistics, in the words users read', () => {
    const found = findContradictions(
      [{ title: 'Nuläge', text: 'Förvaltningen har 2 333 tillsvidareanställda och många vikarier.' }],
      figures,
      2025,
      bindingKey,
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('Texten säger 2 333 tillsvidareanställda, statistiken 2 341 (2025).');
  });

  it('accepts the right number, and a percentage rounded to the precision typed', () => {
    const text = 'Vi har 2 341 tillsvidareanställda. Sjukfrånvaron var 7,4 % förra året.';
    expect(findContradictions([{ title: 'Nuläge', text }], figures, 2025, bindingKey)).toEqual([]);
  });

  it('reports a wrong percentage', () => {
    const found = findContradictions(
      [{ title: 'Hälsa', text: 'Sjukfrånvaron låg på 6,1 procent.' }],
      figures,
      2025,
      bindingKey,
    );
    expect(found.map((f) => f.message)).toEqual(['Texten säger 6,1 % sjukfrånvaro, statistiken 7,42 % (2025).']);
  });

  it('reads Swedish numbers with spaces and decimal commas', () => {
    expect(parseSwedishNumber('2 333')).toBe(2333);
    expect(parseSwedishNumber('7,4')).toBe(7.4);
  });
});
