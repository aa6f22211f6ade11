/**
 * Small-cell suppression (the survey vendor's rule in seed 004, applied to every breakdown): a cell describing
 * fewer than 5 people is hidden, and so is any cell that could be worked out from a row or column total and
 * the other cells of that line (complementary suppression). Pure.
 */

export const SMALL_CELL_THRESHOLD = 5;

export const SUPPRESSION_NOTE =
  'Celler med färre än 5 personer visas som "<5", och celler som annars skulle kunna räknas fram ur summor visas som "–", så att ingen enskild medarbetare kan identifieras.';

/**
 * small: 1–4 people; complementary: derivable from totals; unknown: a rate whose population is not known;
 * withheld: a figure the suppression model does not cover (plan text), of any size, zero included.
 */
export type SuppressionReason = 'small' | 'complementary' | 'unknown' | 'withheld';
export type SuppressionMask = (SuppressionReason | null)[][];

/** Primary: 1–4 people. Zero reveals nobody and is shown. */
export function isSmallCell(people: number): boolean {
  return people > 0 && people < SMALL_CELL_THRESHOLD;
}

/**
 * Suppresses a grid of head counts (rows × columns), assuming row and column totals are known to the reader.
 * Whenever a line (row or column) holds exactly one suppressed cell, the smallest other cell of that line is
 * suppressed too, until no line has a lone suppressed cell.
 */
export function suppressGrid(people: number[][]): SuppressionMask {
  const mask: SuppressionMask = people.map((row) => row.map((v) => (isSmallCell(v) ? 'small' : null)));
  const rowCount = people.length;
  const colCount = Math.max(0, ...people.map((row) => row.length));
  const lines: [number, number][][] = [
    ...people.map((row, r) => row.map((_, c): [number, number] => [r, c])),
    ...Array.from({ length: colCount }, (_, c) =>
      Array.from({ length: rowCount }, (_, r): [number, number] => [r, c]).filter(([r]) => c < people[r]!.length),
    ),
  ];
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.length < 2) continue;
      const hidden = line.filter(([r, c]) => mask[r]![c] !== null);
      if (hidden.length !== 1) continue;
      const candidates = line
        .filter(([r, c]) => mask[r]![c] === null)
        .sort(([r1, c1], [r2, c2]) => people[r1]![c1]! - people[r2]![c2]!);
      const [next] = candidates;
      if (!next) continue;
      mask[next[0]]![next[1]] = 'complementary';
      changed = true;
    }
  }
  return mask;
}

/** One list of cells with a known total (e.g. departures by reason): a grid of one row. */
export function suppressList(people: number[]): (SuppressionReason | null)[] {
  return suppressGrid([people])[0] ?? [];
}

/** Why a figure is hidden, in the dashboards' words: read out beside "<5" / "–" in plan text. */
export const SUPPRESSION_REASONS: Record<SuppressionReason, string> = {
  small: 'Dolt: uppgiften gäller färre än 5 personer',
  complementary: 'Dolt: uppgiften skulle annars kunna räknas fram ur summor',
  unknown: 'Dolt: antalet personer bakom uppgiften är okänt',
  withheld: 'Dolt: uppgiften redovisas inte i den här uppdelningen',
};

export function suppressedDisplay(reason: SuppressionReason): string {
  return reason === 'small' ? '<5' : '–';
}
