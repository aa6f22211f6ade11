/**
 * Cell suppression over linked tables (issue 6, items 6–8). The rule comes from the survey vendor in seed 004
 * (results from fewer than 5 people are not reported) and DOMAIN.md ("smaller cells are suppressed, including
 * cells that could be derived from totals"); rule.ts holds the threshold and the display.
 *
 * The input is every count that any view can show, as variables, and every relation between them a reader
 * knows (a total is the sum of its parts: the organisation of its departments, a chart's total of its
 * categories). Suppression is decided once over all of them, so the organisation view, each department view and
 * each year show one consistent pattern. Classic cell suppression:
 *   1. primary: a shown count of 1–4 people is hidden ("small");
 *   2. secondary: while a relation has exactly one unknown member, hide one more of its shown members, the
 *      smallest non-zero one (ties by key, so the choice is deterministic; never a zero, which a reader may
 *      assume anyway) ("complementary");
 *   3. audit: an attacker who solves all relations at once (linear algebra) or narrows each unknown to an
 *      interval ("<5" is 1–4, "–" at least 1, all counts whole numbers), each attack feeding the other, must
 *      not pin down a sensitive value; where one is pinned, hide one more cell next to it and go back to 2.
 *      When nothing is left to hide and the "<5" labels alone pin it (small parts of a small total), the
 *      largest such cell is shown as "–" instead: "–" is hidden, of any size.
 * Hidden variables (never shown, e.g. staff outside every department) are unknown to the reader unless zero;
 * a hidden count of 1–4 is protected like a shown one. Pure.
 */
import { SMALL_CELL_THRESHOLD, type SuppressionReason } from './rule';

export type ProtectionVariable = {
  key: string;
  value: number;
  /** false: never shown (e.g. what a total holds beyond its parts); true: shown unless suppressed. */
  shown: boolean;
  /** A hidden difference between a stated total and its parts may be negative; counts are not. */
  signed?: boolean;
};

/** total = sum(parts): keys of variables. */
export type ProtectionRelation = { total: string; parts: string[] };

export type ProtectionResult = Map<string, SuppressionReason>;

const isSmall = (v: number) => v > 0 && v < SMALL_CELL_THRESHOLD;
const EPS = 1e-9;

type Status = 'known' | 'small' | 'complementary' | 'hidden';

export function protectCells(variables: ProtectionVariable[], relations: ProtectionRelation[]): ProtectionResult {
  const index = new Map<string, number>();
  variables.forEach((v, i) => {
    if (index.has(v.key)) throw new Error(`Variabeln ${v.key} finns två gånger`);
    index.set(v.key, i);
  });
  const value = variables.map((v) => v.value);
  const status: Status[] = variables.map((v) =>
    v.shown ? (isSmall(v.value) ? 'small' : 'known') : v.value === 0 ? 'known' : 'hidden',
  );
  const sensitive = variables.map((v) => isSmall(v.value));
  // Each relation as member indexes with coefficients: total − Σ parts = 0.
  const rels = relations.map((r) => {
    const members = new Map<number, number>();
    const add = (key: string, c: number) => {
      const i = index.get(key);
      if (i === undefined) throw new Error(`Okänd variabel ${key}`);
      members.set(i, (members.get(i) ?? 0) + c);
    };
    add(r.total, 1);
    for (const p of r.parts) add(p, -1);
    return [...members].filter(([, c]) => Math.abs(c) > EPS);
  });
  const relationsOf: number[][] = variables.map(() => []);
  rels.forEach((members, r) => members.forEach(([i]) => relationsOf[i]!.push(r)));
  /** Derivable although hidden: a non-sensitive hidden value the reader can work out (it protects nothing). */
  const derivable = new Set<number>();
  const unknown = (i: number) => status[i] !== 'known' && !derivable.has(i);

  /**
   * The shown, not yet hidden member to hide next: the smallest non-zero value, ties by key. Never a zero: a
   * reader can take a missing department or category to be zero, so hiding a zero protects nothing (and "–" then
   * always means 5 or more).
   */
  const candidateIn = (relationIndexes: number[]): number | null => {
    let best: number | null = null;
    for (const r of relationIndexes)
      for (const [i] of rels[r]!) {
        if (!variables[i]!.shown || status[i] !== 'known' || value[i] === 0) continue;
        if (
          best === null ||
          Math.abs(value[i]!) < Math.abs(value[best]!) ||
          (Math.abs(value[i]!) === Math.abs(value[best]!) && variables[i]!.key < variables[best]!.key)
        )
          best = i;
      }
    return best;
  };

  /**
   * A pinned value is fixed by some combination of relations around it: hide the best shown cell in the nearest
   * relations (breadth first through the unknowns it is linked with), which adds an unknown to that combination.
   */
  const nearestCandidate = (start: number): number | null => {
    const seenVariables = new Set([start]);
    const seenRelations = new Set<number>();
    let frontier = [start];
    while (frontier.length) {
      const layer = [...new Set(frontier.flatMap((i) => relationsOf[i]!))].filter((r) => !seenRelations.has(r));
      layer.forEach((r) => seenRelations.add(r));
      const found = candidateIn(layer);
      if (found !== null) return found;
      frontier = [];
      for (const r of layer)
        for (const [i] of rels[r]!)
          if (unknown(i) && !seenVariables.has(i)) {
            seenVariables.add(i);
            frontier.push(i);
          }
    }
    return null;
  };

  /** Until no relation has exactly one unknown member (a worklist: a change re-examines its relations). */
  const secondary = () => {
    const queued = new Set(rels.keys());
    const queue = [...queued];
    const touch = (i: number) => {
      for (const r of relationsOf[i]!)
        if (!queued.has(r)) {
          queued.add(r);
          queue.push(r);
        }
    };
    for (let head = 0; head < queue.length; head++) {
      const r = queue[head]!;
      queued.delete(r);
      const open = rels[r]!.filter(([i]) => unknown(i));
      if (open.length !== 1) continue;
      const [i] = open[0]!;
      if (status[i] === 'hidden' && !sensitive[i]) {
        derivable.add(i); // the reader gets it by subtraction; it is no secret and protects nothing
        touch(i);
        continue;
      }
      const next = candidateIn([r]);
      if (next === null) continue; // nothing left to hide here; the audit finds what that exposes
      status[next] = 'complementary';
      touch(next);
    }
  };

  /** Hidden values the audit found the reader can work out (within one round). */
  const exposed = new Set<number>();
  const open = (i: number) => unknown(i) && !exposed.has(i);

  for (let round = 0; round < variables.length + 1; round++) {
    secondary();
    // The attacks feed each other: a value fixed by one is known to the next.
    exposed.clear();
    for (let pass = 0; pass < 20; pass++) {
      const found = [...determinedByLinearAlgebra(), ...pinnedByIntervals()].filter((i) => !exposed.has(i));
      if (found.length === 0) break;
      for (const i of found) exposed.add(i);
    }
    const pinned = [...exposed].filter((i) => sensitive[i]);
    let repaired = false;
    const stuck: number[] = [];
    for (const i of pinned) {
      const next = nearestCandidate(i);
      if (next === null) stuck.push(i);
      else {
        status[next] = 'complementary';
        repaired = true;
      }
    }
    if (!repaired && stuck.length) {
      // Nothing left to hide, and the labels alone give it away (e.g. four "<5" that add up to a "<5": all are
      // 1). Show the largest such small cell as "–" (any number) instead of "<5", and audit again.
      const relabel = stuck
        .flatMap((i) => [i, ...relationsOf[i]!.flatMap((r) => rels[r]!.map(([k]) => k))])
        .filter((k) => status[k] === 'small')
        .sort((a, b) => value[b]! - value[a]! || (variables[a]!.key < variables[b]!.key ? -1 : 1))[0];
      if (relabel !== undefined) {
        status[relabel] = 'complementary';
        repaired = true;
      }
    }
    if (!repaired) break;
  }

  const result: ProtectionResult = new Map();
  variables.forEach((v, i) => {
    if (!v.shown) return;
    if (status[i] === 'small' || status[i] === 'complementary') result.set(v.key, status[i] as SuppressionReason);
  });
  return result;

  /** Unknowns fixed by all relations together: sparse Gauss–Jordan elimination, per connected component. */
  function determinedByLinearAlgebra(): number[] {
    const basis = new Map<number, Map<number, number>>(); // pivot → reduced row (coefficients of unknowns)
    const holding = new Map<number, Set<number>>(); // column → pivots whose row has it
    const link = (pivot: number, row: Map<number, number>) => {
      for (const col of row.keys()) {
        if (!holding.has(col)) holding.set(col, new Set());
        holding.get(col)!.add(pivot);
      }
    };
    for (const members of rels) {
      const row = new Map<number, number>();
      for (const [i, c] of members) if (open(i)) row.set(i, c);
      if (row.size === 0) continue;
      // Reduce by the basis.
      for (const col of [...row.keys()]) {
        const c = row.get(col);
        const pivotRow = basis.get(col);
        if (c === undefined || !pivotRow) continue;
        for (const [k, v] of pivotRow) {
          const next = (row.get(k) ?? 0) - c * v;
          if (Math.abs(next) < EPS) row.delete(k);
          else row.set(k, next);
        }
      }
      if (row.size === 0) continue;
      const pivot = [...row.keys()].find((k) => !basis.has(k))!;
      const pv = row.get(pivot)!;
      for (const [k, v] of row) row.set(k, v / pv);
      // Eliminate the pivot from the other basis rows.
      for (const other of [...(holding.get(pivot) ?? [])]) {
        const otherRow = basis.get(other)!;
        const c = otherRow.get(pivot);
        if (c === undefined) continue;
        for (const [k, v] of row) {
          const next = (otherRow.get(k) ?? 0) - c * v;
          if (Math.abs(next) < EPS) {
            otherRow.delete(k);
            holding.get(k)?.delete(other);
          } else {
            if (!otherRow.has(k)) {
              if (!holding.has(k)) holding.set(k, new Set());
              holding.get(k)!.add(other);
            }
            otherRow.set(k, next);
          }
        }
      }
      basis.set(pivot, row);
      link(pivot, row);
    }
    return [...basis].filter(([, row]) => row.size === 1).map(([pivot]) => pivot);
  }

  /** Unknowns narrowed to one whole number by bounds: hidden small 1–4, hidden complement ≥ 5 (or ≥ 0). */
  function pinnedByIntervals(): number[] {
    const lo = variables.map((v, i) => {
      if (!open(i)) return value[i]!;
      if (status[i] === 'small') return 1;
      if (status[i] === 'complementary') return 1; // never a zero; usually 5 or more, but not always (above)
      return v.signed ? -Infinity : 0;
    });
    const hi = variables.map((_, i) => {
      if (!open(i)) return value[i]!;
      if (status[i] === 'small') return SMALL_CELL_THRESHOLD - 1;
      return Infinity;
    });
    const involved = rels.filter((members) => members.some(([i]) => open(i)));
    for (let pass = 0; pass < 30; pass++) {
      let changed = false;
      for (const members of involved) {
        // Σ c·x = 0, so for member j: c_j·x_j = −Σ_{k≠j} c_k·x_k. Sum the others' bounds once, infinities apart.
        let min = 0;
        let max = 0;
        let minInfinite = 0;
        let maxInfinite = 0;
        const contributions = members.map(([k, ck]) => {
          const a = -ck * lo[k]!;
          const b = -ck * hi[k]!;
          const cMin = Math.min(a, b);
          const cMax = Math.max(a, b);
          if (cMin === -Infinity) minInfinite++;
          else min += cMin;
          if (cMax === Infinity) maxInfinite++;
          else max += cMax;
          return [cMin, cMax] as const;
        });
        members.forEach(([j, cj], m) => {
          if (!open(j)) return;
          const [cMin, cMax] = contributions[m]!;
          const othersMin =
            minInfinite - (cMin === -Infinity ? 1 : 0) > 0 ? -Infinity : min - (cMin === -Infinity ? 0 : cMin);
          const othersMax =
            maxInfinite - (cMax === Infinity ? 1 : 0) > 0 ? Infinity : max - (cMax === Infinity ? 0 : cMax);
          const [low, high] = cj > 0 ? [othersMin / cj, othersMax / cj] : [othersMax / cj, othersMin / cj];
          const newLo = Math.ceil(low - EPS);
          const newHi = Math.floor(high + EPS);
          if (newLo > lo[j]! && newLo <= hi[j]!) {
            lo[j] = newLo;
            changed = true;
          }
          if (newHi < hi[j]! && newHi >= lo[j]!) {
            hi[j] = newHi;
            changed = true;
          }
        });
      }
      if (!changed) break;
    }
    return variables.map((_, i) => i).filter((i) => open(i) && lo[i] === hi[i]);
  }
}
