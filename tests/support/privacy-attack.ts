/**
 * The attacker of issue 6 (items 6 and 8): someone holding every statistics payload a non-HR role can request
 * (the organisation view and each department view, every year) tries to recover a suppressed count. The attack
 * reads only what the payloads show (chart cells, summaries, definitions) plus what a reader knows about how the
 * figures relate: the organisation is the sum of its departments, a total is the sum of its breakdown, the same
 * count appears in several charts and in several years' views. Two attacks:
 *   - differencing: a relation with exactly one unknown gives it (total minus the other parts), repeated until
 *     nothing new comes out (a recovered cell is used in the next round);
 *   - linear algebra: every relation at once (Gaussian elimination over the unknowns).
 *   - bounds: a "<5" is 1–4, a "–" at least 1 (the suppression never hides a zero), every count is a whole
 *     number ≥ 0; each relation narrows its members' intervals until one closes on a value.
 * The attacks feed each other until nothing new comes out.
 * A relation the attacker assumes may not hold in the data (e.g. staff outside every department); a recovered
 * value counts only when it equals the true value (the HR payload of the same view), and only true values are
 * used further, so a wrong assumption never helps the attacker. Independent of the suppression code.
 */
import type { ChartData } from '@/lib/statistics/dashboard/chart-data';

export type Payload = { department: string | null; year: number; charts: ChartData[] };

type Known = { value: number } | { suppressed: string };
export type Relation = { total: string; parts: string[] };

/** Counts from plan text (plan-figures-attack.ts): displayed texts per view, true values, known relations. */
export type FigureKnowledge = { texts: Map<string, string>[]; values: Map<string, number>; relations: Relation[] };

const FORM_BY_KEY: Record<string, string> = {
  permanent: 'Tillsvidareanställda',
  fixedTerm: 'Visstidsanställda (månadslön)',
};

const NUMBER = String.raw`(<5|–|\d[\d\s\u00a0\u202f]*)`;

function parseCount(text: string | undefined): Known | null {
  if (text === undefined) return null;
  const t = text.replace(/[\s\u00a0\u202f]/g, '');
  if (t === '<5' || t === '–') return { suppressed: t };
  if (!/^\d+$/.test(t)) return null;
  return { value: Number(t) };
}

/** Every count a payload shows, by an identity shared across views and charts. */
export function countsOf(payload: Payload): Map<string, Known> {
  const scope = payload.department ?? '(förvaltningen)';
  const y = payload.year;
  const out = new Map<string, Known>();
  const put = (id: string, text: string | undefined) => {
    const known = parseCount(text);
    if (known) out.set(id, known);
  };
  for (const chart of payload.charts) {
    const cell = (seriesIndex: number, category: number) => chart.series[seriesIndex]!.displays[category];
    const summary = chart.summary.replace(/[\u00a0\u202f]/g, ' ');
    switch (chart.id) {
      case 'alder-kon': {
        chart.series.forEach((s, i) => {
          const [gender, year] = s.key.split('-');
          chart.categories.forEach((age, c) =>
            put(`headcount|${year}|${scope}|age=${age}|gender=${gender}`, cell(i, c)),
          );
        });
        const m = new RegExp(
          `^${NUMBER} anställda (\\d{4})(?: \\(${NUMBER} året före\\))?(?:, varav ${NUMBER} är 60)?`,
        ).exec(summary);
        if (m) {
          put(`headcount|${m[2]}|${scope}|total`, m[1]);
          put(`headcount|${Number(m[2]) - 1}|${scope}|total`, m[3]);
          put(`headcount|${m[2]}|${scope}|age=60+`, m[4]);
        }
        break;
      }
      case 'anstallningsformer': {
        chart.series.forEach((s, i) =>
          chart.categories.forEach((form, c) => put(`headcount|${s.key}|${scope}|form=${form}`, cell(i, c))),
        );
        const m = new RegExp(
          `^(\\d{4}): ${NUMBER} tillsvidareanställda och ${NUMBER} visstidsanställda med månadslön(?: \\((\\d{4}): ${NUMBER} och ${NUMBER}\\))?`,
        ).exec(summary);
        if (m) {
          put(`headcount|${m[1]}|${scope}|form=${FORM_BY_KEY.permanent}`, m[2]);
          put(`headcount|${m[1]}|${scope}|form=${FORM_BY_KEY.fixedTerm}`, m[3]);
          if (m[4]) {
            put(`headcount|${m[4]}|${scope}|form=${FORM_BY_KEY.permanent}`, m[5]);
            put(`headcount|${m[4]}|${scope}|form=${FORM_BY_KEY.fixedTerm}`, m[6]);
          }
        }
        break;
      }
      case 'befattningar':
        chart.series.forEach((s, i) =>
          chart.categories.forEach((occupation, c) =>
            put(`headcount|${y}|${scope}|occupation=${occupation}|form=${FORM_BY_KEY[s.key]}`, cell(i, c)),
          ),
        );
        break;
      case 'avgangar':
      case 'rekryteringar': {
        chart.series.forEach((s, i) =>
          chart.categories.forEach((category, c) => put(`${chart.id}|${s.key}|${scope}|${category}`, cell(i, c))),
        );
        const m = new RegExp(`^${NUMBER} \\S+ av tillsvidareanställda (\\d{4})(?: \\((\\d{4}): ${NUMBER}\\))?`).exec(
          summary,
        );
        if (m) {
          put(`${chart.id}|${m[2]}|${scope}|total`, m[1]);
          if (m[3]) put(`${chart.id}|${m[3]}|${scope}|total`, m[4]);
        }
        break;
      }
      case 'pension-avdelning': {
        // Categories are departments: the same cell as that department's own view shows.
        chart.series.forEach((s, i) =>
          chart.categories.forEach((department, c) => put(`retirements|${y}|${department}|${s.key}`, cell(i, c))),
        );
        for (const m of summary.matchAll(new RegExp(`${NUMBER} fyller 65 år (\\d{4})`, 'g'))) {
          put(`retirements|${y}|${scope}|${m[2]}`, m[1]);
        }
        break;
      }
      case 'pension-intervall': {
        chart.series.forEach((s, i) =>
          chart.categories.forEach((turning, c) => {
            const year = s.key === 'at65' ? Number(turning) : Number(turning) - 4;
            put(`retirements|${y}|${scope}|${year}`, cell(i, c));
          }),
        );
        const high = /upp till (<5|–|\d[\d\s]*) medarbetare|och (<5|–|\d[\d\s]*) medarbetare gå/.exec(summary);
        if (high) put(`retirements|${y}|${scope}|highest`, high[1] ?? high[2]);
        const low = /mellan (<5|–|\d[\d\s]*) och/.exec(summary);
        if (low) put(`retirements|${y}|${scope}|lowest`, low[1]);
        const eligible = /plus de (<5|–|\d[\d\s\u00a0]*) som redan/.exec(chart.definition.replace(/\u00a0/g, ' '));
        if (eligible) put(`retirements|${y}|${scope}|eligible`, eligible[1]);
        break;
      }
      case 'tillbud': {
        chart.series.forEach((s, i) =>
          chart.categories.forEach((tertial, c) =>
            put(
              s.key === 'previous'
                ? `incidents|${y - 1}|${scope}|${tertial}`
                : `incidents|${y}|${scope}|${tertial}|${s.key}`,
              cell(i, c),
            ),
          ),
        );
        for (const m of summary.matchAll(
          new RegExp(`T(\\d) (\\d{4}): ${NUMBER} händelser(?: \\((\\d{4}): ${NUMBER}\\))?`, 'g'),
        )) {
          put(`incidents|${m[2]}|${scope}|T${m[1]}`, m[3]);
          if (m[4]) put(`incidents|${m[4]}|${scope}|T${m[1]}`, m[5]);
        }
        break;
      }
    }
  }
  return out;
}

/** What a reader knows about how the counts relate. Ids may be missing from the payloads: then they are unknowns. */
function relationsOf(ids: Set<string>, departments: string[]): Relation[] {
  const relations: Relation[] = [];
  const org = '(förvaltningen)';
  const split = (id: string) => {
    const [measure, year, scope, ...rest] = id.split('|');
    return { measure: measure!, year: year!, scope: scope!, rest };
  };
  const join = (measure: string, year: string, scope: string, rest: string[]) =>
    [measure, year, scope, ...rest].join('|');
  // Group cell ids by (measure, year, scope) to find the breakdowns shown.
  const byBlock = new Map<string, string[]>();
  for (const id of ids) {
    const { measure, year, scope } = split(id);
    const key = `${measure}|${year}|${scope}`;
    byBlock.set(key, [...(byBlock.get(key) ?? []), id]);
  }
  const scopes = [org, ...departments];
  for (const id of ids) {
    const { measure, year, scope, rest } = split(id);
    // The organisation is the sum of its departments.
    if (scope === org) relations.push({ total: id, parts: departments.map((d) => join(measure, year, d, rest)) });
    void scopes;
  }
  for (const [block, members] of byBlock) {
    const [measure, year, scope] = block.split('|') as [string, string, string];
    const id = (...rest: string[]) => join(measure, year, scope, rest);
    const restOf = (m: string) => split(m).rest;
    if (measure === 'headcount') {
      const pyramid = members.filter((m) => restOf(m)[0]?.startsWith('age=') && restOf(m)[1]?.startsWith('gender='));
      if (pyramid.length) relations.push({ total: id('total'), parts: pyramid });
      const old = pyramid.filter((m) => /age=(60–64|65\+)/.test(restOf(m)[0]!));
      if (old.length) relations.push({ total: id('age=60+'), parts: old });
      const forms = members.filter((m) => restOf(m).length === 1 && restOf(m)[0]!.startsWith('form='));
      if (forms.length) relations.push({ total: id('total'), parts: forms });
      for (const form of Object.values(FORM_BY_KEY)) {
        const occupations = members.filter(
          (m) => restOf(m)[0]?.startsWith('occupation=') && restOf(m)[1] === `form=${form}`,
        );
        if (occupations.length) relations.push({ total: id(`form=${form}`), parts: occupations });
      }
    } else if (measure === 'avgangar' || measure === 'rekryteringar') {
      const parts = members.filter((m) => restOf(m)[0] !== 'total');
      if (parts.length) relations.push({ total: id('total'), parts });
    } else if (measure === 'retirements') {
      const horizon = [1, 2, 3].map((i) => String(Number(year) + i));
      relations.push({ total: id('highest'), parts: [...horizon.map((t) => id(t)), id('eligible')] });
      relations.push({ total: id('lowest'), parts: horizon.map((t) => id(String(Number(t) - 4))) });
    } else if (measure === 'incidents') {
      for (const t of ['T1', 'T2', 'T3']) {
        const parts = members.filter((m) => restOf(m)[0] === t && restOf(m).length === 2);
        if (parts.length) relations.push({ total: id(t), parts });
      }
    }
  }
  return relations;
}

export type AttackResult = {
  /** Distinct counts shown as "<5" or "–" in some payload. */
  suppressed: number;
  /** Of those, the ones with a true value of 1–4. */
  small: number;
  /** Suppressed counts the attacker worked out exactly, with how. */
  recovered: { id: string; value: number; how: 'shown elsewhere' | 'differencing' | 'linear algebra' | 'bounds' }[];
};

/**
 * Runs both attacks. `payloads` are what the attacker holds; `truth` the same views unsuppressed (HR).
 */
export function attack(
  payloads: Payload[],
  truth: Payload[],
  departments: string[],
  figures?: FigureKnowledge,
): AttackResult {
  const trueValues = new Map<string, number>(figures?.values);
  for (const p of truth) for (const [id, known] of countsOf(p)) if ('value' in known) trueValues.set(id, known.value);
  const known = new Map<string, number>();
  const suppressed = new Set<string>();
  const displayed = new Map<string, string>();
  const seen: Map<string, Known>[] = [
    ...payloads.map(countsOf),
    ...(figures?.texts ?? []).map(
      (texts) =>
        new Map(
          [...texts].flatMap(([id, text]): [string, Known][] => {
            const k = parseCount(text);
            return k ? [[id, k]] : [];
          }),
        ),
    ),
  ];
  for (const counts of seen)
    for (const [id, k] of counts) {
      if ('value' in k) known.set(id, k.value);
      else if (trueValues.has(id)) {
        suppressed.add(id);
        displayed.set(id, k.suppressed);
      } // else "–" for no data at all (HR sees "–" too): nothing to recover
    }
  // Suppressed in one payload but shown in another: not protected at all.
  const shownElsewhere = [...suppressed].filter((id) => known.has(id));
  const ids = new Set([...known.keys(), ...suppressed, ...trueValues.keys()]);
  // What a total holds beyond the parts a reader sees (a unit outside the departments, rows a breakdown lacks):
  // zero in consistent figures, and then the reader may take the relation as exact; otherwise an unknown.
  const relations = [...relationsOf(ids, departments), ...(figures?.relations ?? [])].map((r, i) => {
    const members = [r.total, ...r.parts];
    if (!members.every((m) => trueValues.has(m))) return r;
    const rest = trueValues.get(r.total)! - r.parts.reduce((n, p) => n + trueValues.get(p)!, 0);
    if (rest === 0) return r;
    const id = `utöver delarna ${i}`;
    trueValues.set(id, rest);
    return { total: r.total, parts: [...r.parts, id] };
  });
  const recovered: AttackResult['recovered'] = shownElsewhere.map((id) => ({
    id,
    value: known.get(id)!,
    how: 'shown elsewhere',
  }));
  const learn = (id: string, value: number, how: AttackResult['recovered'][number]['how']) => {
    if (known.has(id)) return false;
    const truth = trueValues.get(id);
    if (truth === undefined || Math.abs(truth - value) > 1e-6) return false; // a wrong assumption: no use
    known.set(id, truth);
    if (suppressed.has(id)) recovered.push({ id, value: truth, how });
    return true;
  };

  let progress = true;
  while (progress) {
    progress = false;
    // Differencing, until nothing new.
    let differencing = true;
    while (differencing) {
      differencing = false;
      for (const r of relations) {
        const members = [r.total, ...r.parts];
        const unknown = members.filter((m) => !known.has(m));
        if (unknown.length !== 1) continue;
        const [u] = unknown as [string];
        const sumParts = r.parts.filter((p) => p !== u).reduce((n, p) => n + known.get(p)!, 0);
        const value = u === r.total ? sumParts : known.get(r.total)! - sumParts;
        if (learn(u, value, 'differencing')) differencing = progress = true;
      }
    }
    // Linear algebra over what is left.
    for (const [id, value] of solveLinear(relations, known)) if (learn(id, value, 'linear algebra')) progress = true;
    // Bounds.
    for (const [id, value] of narrow(relations, known, displayed)) if (learn(id, value, 'bounds')) progress = true;
  }

  const small = [...suppressed].filter((id) => {
    const v = trueValues.get(id);
    return v !== undefined && v > 0 && v < 5;
  }).length;
  return { suppressed: suppressed.size, small, recovered };
}

/** Unknowns the relations determine: reduced row echelon form, a unit row gives its variable. */
function solveLinear(relations: Relation[], known: Map<string, number>): Map<string, number> {
  const unknownIndex = new Map<string, number>();
  const rows: { coeffs: Map<number, number>; rhs: number }[] = [];
  for (const r of relations) {
    const coeffs = new Map<number, number>();
    let rhs = 0;
    const add = (id: string, c: number) => {
      if (known.has(id)) {
        rhs -= c * known.get(id)!;
        return;
      }
      if (!unknownIndex.has(id)) unknownIndex.set(id, unknownIndex.size);
      const j = unknownIndex.get(id)!;
      coeffs.set(j, (coeffs.get(j) ?? 0) + c);
    };
    add(r.total, 1);
    for (const p of r.parts) add(p, -1);
    if (coeffs.size) rows.push({ coeffs, rhs });
  }
  const n = unknownIndex.size;
  const matrix = rows.map((r) => {
    const row = new Array<number>(n + 1).fill(0);
    for (const [j, c] of r.coeffs) row[j] = c;
    row[n] = r.rhs;
    return row;
  });
  const eps = 1e-9;
  let pivotRow = 0;
  const pivots: number[] = [];
  for (let col = 0; col < n && pivotRow < matrix.length; col++) {
    let best = pivotRow;
    for (let i = pivotRow + 1; i < matrix.length; i++)
      if (Math.abs(matrix[i]![col]!) > Math.abs(matrix[best]![col]!)) best = i;
    if (Math.abs(matrix[best]![col]!) < eps) continue;
    [matrix[pivotRow], matrix[best]] = [matrix[best]!, matrix[pivotRow]!];
    const p = matrix[pivotRow]!;
    const pv = p[col]!;
    for (let k = col; k <= n; k++) p[k]! /= pv;
    for (let i = 0; i < matrix.length; i++) {
      if (i === pivotRow) continue;
      const f = matrix[i]![col]!;
      if (Math.abs(f) < eps) continue;
      const row = matrix[i]!;
      for (let k = col; k <= n; k++) row[k]! -= f * p[k]!;
    }
    pivots.push(col);
    pivotRow++;
  }
  const names = [...unknownIndex.keys()];
  const out = new Map<string, number>();
  pivots.forEach((col, i) => {
    const row = matrix[i]!;
    const others = row.some((v, k) => k !== col && k < n && Math.abs(v) > eps);
    if (!others) out.set(names[col]!, Math.round(row[n]! * 1e6) / 1e6);
  });
  return out;
}

/** Interval propagation: each relation bounds each unknown member by the others' bounds. */
function narrow(
  relations: Relation[],
  known: Map<string, number>,
  displayed: Map<string, string>,
): Map<string, number> {
  const lo = new Map<string, number>();
  const hi = new Map<string, number>();
  const bound = (id: string): [number, number] => {
    if (known.has(id)) return [known.get(id)!, known.get(id)!];
    if (!lo.has(id)) {
      const d = displayed.get(id);
      lo.set(id, d === '<5' || d === '–' ? 1 : 0);
      hi.set(id, d === '<5' ? 4 : Infinity);
    }
    return [lo.get(id)!, hi.get(id)!];
  };
  for (let pass = 0; pass < 30; pass++) {
    let changed = false;
    for (const r of relations) {
      // total − Σ parts = 0
      const members: [string, number][] = [[r.total, 1], ...r.parts.map((p): [string, number] => [p, -1])];
      for (const [j, cj] of members) {
        if (known.has(j)) continue;
        let min = 0;
        let max = 0;
        for (const [k, ck] of members) {
          if (k === j) continue;
          const [l, h] = bound(k);
          min += Math.min(-ck * l, -ck * h);
          max += Math.max(-ck * l, -ck * h);
        }
        const [low, high] = cj > 0 ? [min, max] : [-max, -min];
        const [l, h] = bound(j);
        const newLo = Math.max(l, Math.ceil(low - 1e-9));
        const newHi = Math.min(h, Math.floor(high + 1e-9));
        if (newLo > newHi) continue; // an assumed relation that does not hold here
        if (newLo !== l || newHi !== h) {
          lo.set(j, newLo);
          hi.set(j, newHi);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  const out = new Map<string, number>();
  for (const [id, l] of lo) if (l === hi.get(id)) out.set(id, l);
  return out;
}
