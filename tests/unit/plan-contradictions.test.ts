import { describe, expect, it } from 'vitest';
import { type FigureBinding, bindingKey } from '@/lib/plans/document';
import { findContradictions } from '@/lib/plans/contradictions';
import type { ResolvedFigure } from '@/lib/plans/figures';

const figure = (binding: FigureBinding, value: number, unit: 'count' | 'percent'): ResolvedFigure => ({
  key: bindingKey(binding),
  binding,
  label: '',
  unit,
  value,
  decimals: unit === 'percent' ? 1 : null,
  people: null,
  period: String(binding.year),
  definition: '',
});
const figures = new Map(
  [
    figure({ measure: 'sickLeave', year: 2024, dimensions: {} }, 6.2, 'percent'),
    figure({ measure: 'headcount', year: 2024, dimensions: { employmentForm: 'permanent' } }, 2341, 'count'),
  ].map((f) => [f.key, f]),
);
const check = (text: string) =>
  findContradictions([{ title: 'Nuläge', text }], figures, 2024, bindingKey).map((c) => c.message);

describe('contradiction check: only statements of the current level count', () => {
  it('passes the goal values of the Socialförvaltningen plan (issue 16: "2,00 %" was flagged)', () => {
    expect(
      check(
        'Socialnämndens mål för sjukfrånvaron har under 2024 varit 6 % samt för korttidssjukfrånvaron har målet varit 2,00%.',
      ),
    ).toEqual([]);
  });

  it('does not read a compound word (korttids-, långtidssjukfrånvaro) as total sick leave', () => {
    expect(check('Korttidssjukfrånvaron var 1,9 %. Långtidssjukfrånvaron var 3,1 procent.')).toEqual([]);
  });

  it('passes goals, changes and approximations', () => {
    for (const text of [
      'Målet för sjukfrånvaron är 5 %.',
      'Sjukfrånvaron ska sänkas till 5 procent.',
      'Sjukfrånvaron bör vara högst 5,5 %.',
      'Sjukfrånvaron har ökat med 0,2 procentenheter.',
      'Sjukfrånvaron har minskat med 0,4 %.',
      'Sjukfrånvaron är under 7 %.',
      'Förvaltningen har drygt 2 300 tillsvidareanställda.',
      'Målet är 2 500 tillsvidareanställda.',
    ])
      expect(check(text), text).toEqual([]);
  });

  it('still reports a level that differs', () => {
    expect(check('Sjukfrånvaron låg på 6,8 procent.')).toEqual([
      'Texten säger 6,8 % sjukfrånvaro, statistiken 6,2 % (2024).',
    ]);
    expect(check('Förvaltningen har 2 333 tillsvidareanställda.')).toEqual([
      'Texten säger 2 333 tillsvidareanställda, statistiken 2 341 (2024).',
    ]);
    expect(check('Målen nåddes inte. Sjukfrånvaron var 6,8 %.')).toHaveLength(1);
    expect(check('Sjukfrånvaron under året var 6,8 %.')).toHaveLength(1);
  });
});
