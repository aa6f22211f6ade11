/**
 * What an import changes, decided per value. Pure. A stored figure is replaced only by a file figure with
 * exactly the same key (measure, period and every dimension), so a file for one department leaves the other
 * departments and the förvaltning total alone. Only when the user explicitly asks to replace whole measures
 * and periods do the stored figures the file does not mention go too.
 */
import { STORED_DIMENSIONS } from '../measures';
import type { StatisticKey } from '../statistic-columns';

/** The dimensions that identify a statistic (statistic-columns.ts). */
export type FigureKey = StatisticKey;

export const KEY_FIELDS = [
  'measure',
  'year',
  'tertial',
  ...STORED_DIMENSIONS,
] as const satisfies readonly (keyof FigureKey)[];

export function figureKey(row: FigureKey): string {
  return KEY_FIELDS.map((field) => row[field] ?? '∅').join('\u0001');
}

/** The measure-and-period a figure belongs to (what "replace whole measures and periods" replaces). */
export function scopeKey(row: Pick<FigureKey, 'measure' | 'year' | 'tertial'>): string {
  return `${row.measure}|${row.year}|${row.tertial ?? ''}`;
}

export type StoredFigure = FigureKey & { id: string; value: number; decimals: number | null };
export type FileFigure = FigureKey & { value: number; decimals: number | null };

export type FigureChange<T> = { before: T; after: T | null };

export type FigureDiff<S extends StoredFigure = StoredFigure, F extends FileFigure = FileFigure> = {
  /** Stored rows to delete before the file's rows are written. */
  deleteIds: string[];
  /** Stored figures the file gives another value (old → new). */
  changed: { before: S; after: F }[];
  /** Stored figures that go without a replacement (only when replacing whole measures and periods). */
  removed: S[];
  /** File figures with no stored figure under the same key. */
  added: number;
  /** File figures equal to the stored one. */
  unchanged: number;
};

/** Rows between two pauses: a pause lets other requests run while 100 000 figures are compared. */
const PAUSE_EVERY = 5_000;

/**
 * Both ways an import can replace: `exact` replaces only figures with the same key; `whole` (the user chose to
 * replace whole measures and periods) also removes every stored figure of the file's measures and periods that the
 * file does not name. One pass serves both (the preview shows each). `pause` is awaited every few thousand rows.
 */
export async function diffFigures<S extends StoredFigure, F extends FileFigure>(
  stored: readonly S[],
  file: readonly F[],
  pause: () => Promise<void> = async () => {},
): Promise<{ exact: FigureDiff<S, F>; whole: FigureDiff<S, F> }> {
  const byKey = new Map<string, S[]>();
  for (let i = 0; i < stored.length; i++) {
    const row = stored[i]!;
    const key = figureKey(row);
    const same = byKey.get(key);
    if (same) same.push(row);
    else byKey.set(key, [row]);
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) await pause();
  }
  const scopes = new Set(file.map(scopeKey));
  const exact: FigureDiff<S, F> = { deleteIds: [], changed: [], removed: [], added: 0, unchanged: 0 };
  for (let i = 0; i < file.length; i++) {
    const row = file[i]!;
    const key = figureKey(row);
    const same = byKey.get(key);
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) await pause();
    if (!same) {
      exact.added += 1;
      continue;
    }
    byKey.delete(key); // what is left afterwards is what the file does not name
    for (const s of same) exact.deleteIds.push(s.id);
    const [first] = same;
    // Two stored rows under one key (written twice by an earlier fault) are a change even with equal values.
    if (same.length === 1 && first!.value === row.value && first!.decimals === row.decimals) exact.unchanged += 1;
    else exact.changed.push({ before: first!, after: row });
  }
  const removed: S[] = [];
  for (const rows of byKey.values()) {
    if (scopes.has(scopeKey(rows[0]!))) removed.push(...rows);
  }
  return { exact, whole: { ...exact, deleteIds: [...exact.deleteIds, ...removed.map((r) => r.id)], removed } };
}

/** Nothing would change: every figure is already stored with the same value, and nothing would go. */
export function isNoop(diff: Pick<FigureDiff, 'changed' | 'removed' | 'added'>): boolean {
  return diff.changed.length === 0 && diff.removed.length === 0 && diff.added === 0;
}
