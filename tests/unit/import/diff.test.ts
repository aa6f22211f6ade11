import { describe, expect, it } from 'vitest';
import { type FigureKey, diffFigures, isNoop } from '@/lib/statistics/import/diff';

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

  it('replaces only the value with exactly the same key: other departments and the total stay', async () => {
    const { exact: diff } = await diffFigures(existing, [file('dep-b', 19)]);
    expect(diff.deleteIds).toEqual(['b']);
    expect(diff.changed.map((c) => [c.before.value, c.after.value])).toEqual([[18, 19]]);
    expect(diff).toMatchObject({ removed: [], added: 0, unchanged: 0 });
  });

  it('replaces the whole measure and period only when asked, and says what goes', async () => {
    const { whole: diff } = await diffFigures(existing, [file('dep-b', 19)]);
    expect(diff.deleteIds.sort()).toEqual(['a', 'b', 't']); // 2024 is another period and stays
    expect(diff.removed.map((r) => r.id).sort()).toEqual(['a', 't']);
  });

  it('calls a file with the stored values unchanged, and a new key or a doubled stored key a change', async () => {
    expect(isNoop((await diffFigures(existing, [file('dep-a', 24.5), file(null, 21.6)])).exact)).toBe(true);
    expect(isNoop((await diffFigures(existing, [file('dep-c', 3)])).exact)).toBe(false);
    const doubled = [...existing, stored('b2', 'dep-b', 18)];
    const { exact: diff } = await diffFigures(doubled, [file('dep-b', 18)]);
    expect(diff.deleteIds.sort()).toEqual(['b', 'b2']);
    expect(isNoop(diff)).toBe(false);
  });

  it('tells a stated precision apart from the same number ("2,00 %" replaces "2 %")', async () => {
    const { exact: diff } = await diffFigures(
      [{ ...stored('x', null, 2), decimals: null }],
      [{ ...file(null, 2), decimals: 2 }],
    );
    expect(diff.changed).toHaveLength(1);
  });

  it('pauses every few thousand rows and gives the same answer as without pauses', async () => {
    const many = Array.from({ length: 12_000 }, (_, i) => stored(`s${i}`, `dep-${i}`, i));
    const files = Array.from({ length: 12_000 }, (_, i) => file(`dep-${i}`, i % 2 ? i : i + 1));
    let pauses = 0;
    const paused = await diffFigures(many, files, async () => {
      pauses += 1;
    });
    expect(pauses).toBe(4); // 2 while indexing 12 000 stored rows, 2 while walking 12 000 file rows
    expect(paused).toEqual(await diffFigures(many, files));
    expect(paused.exact.changed).toHaveLength(6_000);
  });
});
