/**
 * Totals rule. A row whose totalable column is empty or "Totalt" is the total over that column's values,
 * other columns equal. When every value of an enumerated column is present (Kvinna and Man; all six age
 * bands) the parts must add up exactly; otherwise (open lists such as Avdelning, or only some values)
 * the parts may not exceed the total. Checked one column at a time, in O(rows × columns).
 */
import { formatNumber, listSv } from './text';
import type { ImportProblem } from './types';

export type TotalsEntry = { row: number; dims: readonly string[]; values: readonly (number | undefined)[] };
export type TotalsDimension = { header: string; totalable: boolean; size?: number };

type Parts = { parentKey: string; dim: number; sums: number[]; incomplete: boolean[]; rows: number[] };

const SEP = '\u0001';

export function checkTotals(
  entries: readonly TotalsEntry[],
  dims: readonly TotalsDimension[],
  quantityHeaders: readonly string[],
): ImportProblem[] {
  if (quantityHeaders.length === 0) return [];
  // Only columns that have a total row somewhere can have parts to check; many files have none.
  const withTotals = dims
    .map((dim, d) => (dim.totalable && entries.some((e) => e.dims[d] === '') ? d : -1))
    .filter((d) => d >= 0);
  if (withTotals.length === 0) return [];
  const byKey = new Map<string, TotalsEntry>();
  for (const entry of entries) byKey.set(entry.dims.join(SEP), entry);
  const parts = new Map<string, Parts>();
  for (const entry of entries) {
    for (const d of withTotals) {
      if (entry.dims[d] === '') continue;
      const parentKey = entry.dims.map((v, i) => (i === d ? '' : v)).join(SEP);
      if (!byKey.has(parentKey)) continue;
      const id = `${parentKey}${SEP}${SEP}${d}`;
      let group = parts.get(id);
      if (!group) {
        group = {
          parentKey,
          dim: d,
          sums: quantityHeaders.map(() => 0),
          incomplete: quantityHeaders.map(() => false),
          rows: [],
        };
        parts.set(id, group);
      }
      group.rows.push(entry.row);
      for (let q = 0; q < quantityHeaders.length; q += 1) {
        const v = entry.values[q];
        if (v === undefined) group.incomplete[q] = true;
        else group.sums[q] = (group.sums[q] ?? 0) + v;
      }
    }
  }
  const problems: ImportProblem[] = [];
  for (const group of parts.values()) {
    const total = byKey.get(group.parentKey);
    const dim = dims[group.dim];
    if (!total || !dim) continue;
    const complete = dim.size !== undefined && group.rows.length === dim.size;
    quantityHeaders.forEach((header, q) => {
      const stated = total.values[q];
      const sum = group.sums[q] ?? 0;
      if (stated === undefined || group.incomplete[q]) return;
      if (complete ? sum === stated : sum <= stated) return;
      problems.push({
        row: total.row,
        column: header,
        message: message(dim.header, header, sum, stated, group.rows, complete),
      });
    });
  }
  return problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

function message(dim: string, quantity: string, sum: number, stated: number, rows: number[], complete: boolean) {
  const shown = rows.slice(0, 5).map(String);
  const rowText = rows.length > 5 ? `${shown.join(', ')} m.fl.` : listSv(shown);
  const parts = `summan av delarna per ${dim} (rad ${rowText}) är ${formatNumber(sum)}`;
  return complete
    ? `Delarna summerar inte till totalen i "${quantity}": ${parts}, men totalraden har ${formatNumber(stated)}.`
    : `Delarna är fler än totalen i "${quantity}": ${parts}, men totalraden har bara ${formatNumber(stated)}.`;
}
