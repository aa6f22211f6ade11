/** Issue 19's registers, the pure parts: risk scoring and order, the heat map's cells, the frozen shape. */
import { describe, expect, it } from 'vitest';
import { registerSections } from '@/lib/export/plan-registers';
import { compareGaps, isOpen } from '@/lib/gaps/labels';
import { FROZEN_TABLES_VERSION, type FrozenRisk, frozenTables, readFrozenTables } from '@/lib/plans/frozen-tables';
import { heatMap, riskLevel, riskScore, sortByScore } from '@/lib/risks/scoring';

const risk = (title: string, likelihood: number, consequence: number, sortOrder = 0) => ({
  title,
  likelihood,
  consequence,
  sortOrder,
});

describe('risk scoring', () => {
  it('scores likelihood × consequence into four bands', () => {
    expect(riskScore({ likelihood: 3, consequence: 3 })).toBe(9);
    expect([1, 3, 4, 6, 8, 9, 12, 16].map(riskLevel)).toEqual([
      'LOW',
      'LOW',
      'MEDIUM',
      'MEDIUM',
      'HIGH',
      'HIGH',
      'VERY_HIGH',
      'VERY_HIGH',
    ]);
  });

  it('sorts by score, then the graver consequence, then HR’s order', () => {
    const sorted = sortByScore([
      risk('Likställd socialtjänst', 2, 3, 1),
      risk('Timavlönade', 4, 2, 2),
      risk('Hot och våld', 2, 4, 3),
      risk('Rekrytera erfarna', 3, 3, 4),
      risk('Demografi', 3, 3, 0),
    ]);
    expect(sorted.map((r) => r.title)).toEqual([
      'Demografi',
      'Rekrytera erfarna',
      'Hot och våld',
      'Timavlönade',
      'Likställd socialtjänst',
    ]);
  });

  it('places each risk in exactly one of the 16 cells, likelihood 4 on top, consequence 1 first', () => {
    const risks = [risk('A', 3, 3), risk('B', 3, 3), risk('C', 1, 4), risk('D', 4, 1)];
    const rows = heatMap(risks);
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.length === 4)).toBe(true);
    expect(rows.map((row) => row[0]!.likelihood)).toEqual([4, 3, 2, 1]);
    expect(rows[0]!.map((cell) => cell.consequence)).toEqual([1, 2, 3, 4]);
    expect(rows[0]![3]).toMatchObject({ score: 16, level: 'VERY_HIGH', risks: [] });
    expect(rows[1]![2]!.risks.map((r) => r.title)).toEqual(['A', 'B']);
    expect(rows[3]![3]!.risks.map((r) => r.title)).toEqual(['C']);
    expect(rows[0]![0]!.risks.map((r) => r.title)).toEqual(['D']);
    expect(rows.flat().reduce((n, cell) => n + cell.risks.length, 0)).toBe(risks.length);
  });
});

describe('gap register order', () => {
  it('lists open gaps before closed ones, high priority first, and rolls over only open ones', () => {
    const gaps = [
      { id: 'closed', status: 'CLOSED', priority: 'HIGH', sortOrder: 0 },
      { id: 'low', status: 'OPEN', priority: 'LOW', sortOrder: 1 },
      { id: 'high', status: 'IN_PROGRESS', priority: 'HIGH', sortOrder: 2 },
    ] as const;
    expect([...gaps].sort(compareGaps).map((g) => g.id)).toEqual(['high', 'low', 'closed']);
    expect(gaps.filter((g) => isOpen(g.status)).map((g) => g.id)).toEqual(['low', 'high']);
  });
});

const frozenRisk: FrozenRisk = {
  id: 'r1',
  title: 'Hot och våld',
  description: '45 händelser',
  likelihood: 3,
  consequence: 3,
  owner: 'Avdelningschef',
  mitigation: 'Utbildning',
  status: 'IN_PROGRESS',
  gaps: ['Våld i nära relation'],
  activities: ['Arbetsmiljö'],
};

describe('frozen tables, version 2', () => {
  it('freezes gaps and risks by name, risks in score order', () => {
    const tables = frozenTables(
      [],
      [
        {
          id: 'g1',
          planId: 'p',
          area: 'Våld och kriminalitet',
          description: 'Våld i nära relation',
          priority: 'HIGH',
          status: 'OPEN',
          sortOrder: 1,
          version: 3,
          copiedFromId: null,
          createdAt: new Date('2025-01-01T00:00:00Z'),
          departments: [{ gapId: 'g1', departmentId: 'd', department: { name: 'Socialt stöd', sortOrder: 0 } }],
          occupations: [{ gapId: 'g1', occupationId: 'o', occupation: { name: 'socialsekreterare' } }],
          activities: [{ gapId: 'g1', activityId: 'a', activity: { title: 'Arbetsmiljö', sortOrder: 1 } }],
          comments: [
            {
              id: 'c',
              gapId: 'g1',
              text: 'Prioriteras',
              authorId: null,
              authorName: 'HR',
              createdAt: new Date('2025-03-12T10:00:00Z'),
            },
          ],
        },
      ],
      [
        { ...rowOf(frozenRisk), id: 'low', title: 'Låg', likelihood: 1, consequence: 2 },
        { ...rowOf(frozenRisk), id: 'high', title: 'Hög', likelihood: 4, consequence: 3 },
      ],
    );
    expect(tables.version).toBe(FROZEN_TABLES_VERSION);
    expect(tables.gaps).toEqual([
      {
        id: 'g1',
        area: 'Våld och kriminalitet',
        description: 'Våld i nära relation',
        departments: ['Socialt stöd'],
        occupations: ['socialsekreterare'],
        priority: 'HIGH',
        status: 'OPEN',
        activities: ['Arbetsmiljö'],
        comments: [{ date: '2025-03-12', author: 'HR', text: 'Prioriteras' }],
      },
    ]);
    expect(tables.risks!.map((r) => r.title)).toEqual(['Hög', 'Låg']);
  });

  it('reads a version 1 snapshot without gaps and risks as absent, not empty, and drops malformed rows', () => {
    const v1 = readFrozenTables({ tables: { version: 1, activities: [] } });
    expect(v1).toEqual({ version: FROZEN_TABLES_VERSION, activities: [] });
    expect(v1!.gaps).toBeUndefined();
    const v2 = readFrozenTables({
      tables: {
        version: 2,
        activities: [],
        gaps: [{ description: 'Hypergene', priority: 'NONSENSE' }, { nothing: true }],
        risks: [frozenRisk, { ...frozenRisk, likelihood: 5 }, { title: 'utan skala' }],
      },
    });
    expect(v2!.gaps).toEqual([
      {
        id: '',
        area: '',
        description: 'Hypergene',
        departments: [],
        occupations: [],
        priority: 'MEDIUM',
        status: 'OPEN',
        activities: [],
        comments: [],
      },
    ]);
    expect(v2!.risks).toEqual([frozenRisk]);
  });

  it('exports the heat map as a table whose cells name the risks by their number', () => {
    const [gapSection, riskSection] = registerSections({ gaps: [], risks: [frozenRisk] }, true);
    expect(gapSection!.blocks).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Versionen hade inga kompetensgap.' }] },
    ]);
    const matrix = riskSection!.blocks.find((b) => b.kind === 'data-table' && b.caption === 'Riskmatris');
    expect(matrix).toMatchObject({
      headers: [
        'Sannolikhet',
        'Konsekvens 1 – Lindrig',
        'Konsekvens 2 – Kännbar',
        'Konsekvens 3 – Allvarlig',
        'Konsekvens 4 – Mycket allvarlig',
      ],
    });
    const rows = (matrix as { rows: string[][] }).rows;
    expect(rows.map((r) => r[0])).toEqual(['4 – Mycket sannolik', '3 – Sannolik', '2 – Möjlig', '1 – Osannolik']);
    expect(rows[1]![3]).toBe('9 (hög): risk 1');
    expect(rows[0]![4]).toBe('16 (mycket hög)');
    expect(registerSections({}, true).map((s) => s.blocks[0])).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Den här versionen frystes utan kompetensgap.' }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Den här versionen frystes utan riskbedömning.' }] },
    ]);
  });
});

/** A risk row as the freeze query reads it. */
function rowOf(r: FrozenRisk) {
  return {
    id: r.id,
    planId: 'p',
    title: r.title,
    description: r.description,
    likelihood: r.likelihood,
    consequence: r.consequence,
    mitigation: r.mitigation,
    ownerText: r.owner,
    status: r.status,
    sortOrder: 0,
    version: 1,
    copiedFromId: null,
    createdAt: new Date(),
    gaps: [],
    activities: [],
  };
}
