import { describe, expect, it } from 'vitest';
import { type FigureKey, diffFigures, isNoop } from '@/lib/statistics/import-diff';

const base: FigureKey = {
  measure: 'spanOfControl',
  year: 2025,
  tertial: null,
  departmentId: null,
  occupationId: null,
  employmentForm: null,
  gender: null,
  ageBand: null,
  category: null,
  subcategory: null,
};
const stored = (id: string, departmentId: string | null, value: number, year = 2025) => ({
  ...base,
  id,
  departmentId,
  year,
  value,
  decimals: null,
});
const file = (departmentId: string | null, value: number) => ({ ...base, departmentId, value, decimals: null });

describe('what an import replaces', () => {
  const existing = [
    stored('a', 'dep-a', 24.5),
    stored('b', 'dep-b', 18),
    stored('t', null, 21.6),
    stored('o', 'dep-b', 17, 2024),
  ];

  it('replaces only the value with exactly the same key: other departments and the total stay', () => {
    const diff = diffFigures(existing, [file('dep-b', 19)], false);
    expect(diff.deleteIds).toEqual(['b']);
    expect(diff.changed.map((c) => [c.before.value, c.after.value])).toEqual([[18, 19]]);
    expect(diff).toMatchObject({ removed: [], added: 0, unchanged: 0 });
  });

  it('replaces the whole measure and period only when asked, and says what goes', () => {
    const diff = diffFigures(existing, [file('dep-b', 19)], true);
    expect(diff.deleteIds.sort()).toEqual(['a', 'b', 't']); // 2024 is another period and stays
    expect(diff.removed.map((r) => r.id).sort()).toEqual(['a', 't']);
  });

  it('calls a file with the stored values unchanged, and a new key or a doubled stored key a change', () => {
    expect(isNoop(diffFigures(existing, [file('dep-a', 24.5), file(null, 21.6)], false))).toBe(true);
    expect(isNoop(diffFigures(existing, [file('dep-c', 3)], false))).toBe(false);
    const doubled = [...existing, stored('b2', 'dep-b', 18)];
    const diff = diffFigures(doubled, [file('dep-b', 18)], false);
    expect(diff.deleteIds.sort()).toEqual(['b', 'b2']);
    expect(isNoop(diff)).toBe(false);
  });

  it('tells a stated precision apart from the same number ("2,00 %" replaces "2 %")', () => {
    const diff = diffFigures([{ ...stored('x', null, 2), decimals: null }], [{ ...file(null, 2), decimals: 2 }], false);
    expect(diff.changed).toHaveLength(1);
  });
});
