import { describe, expect, it } from 'vitest';
import { describeSources } from '@/lib/statistics/sources';

const at = new Date('2026-11-22T11:00:00Z');

describe('the source of a figure', () => {
  it('names the import: file, who and when', () => {
    expect(
      describeSources([{ origin: 'IMPORT', batch: { fileName: 'sjuk-2025.csv', user: 'Anna HR', createdAt: at } }]),
    ).toEqual({ text: 'Import av sjuk-2025.csv, Anna HR, 2026-11-22 12:00', generated: false });
  });

  it('tells stated demo data from generated, and marks a chart generated when any figure is', () => {
    expect(describeSources([{ origin: 'SEED_STATED', seedDocument: '003' }])).toEqual({
      text: 'Demodata från seed 003',
      generated: false,
    });
    expect(
      describeSources([
        { origin: 'SEED_GENERATED', seedDocument: '003' },
        { origin: 'SEED_STATED', seedDocument: '003' },
      ]),
    ).toEqual({ text: 'Demodata från seed 003; Genererad demodata (seed 003)', generated: true });
  });

  it('lists imports newest first, at most three, and nothing for no figures', () => {
    const batch = (n: number) => ({
      origin: 'IMPORT' as const,
      batch: { fileName: `fil-${n}.csv`, user: 'HR', createdAt: new Date(at.getTime() + n * 60_000) },
    });
    expect(describeSources([1, 2, 3, 4].map(batch))!.text).toMatch(
      /^Import av fil-4\.csv.*fil-2\.csv, HR, [^;]+ och 1 till$/,
    );
    expect(describeSources([])).toBeNull();
  });
});
