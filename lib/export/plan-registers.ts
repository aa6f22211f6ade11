/**
 * "Kompetensgap" and "Riskbedömning" for the plan's exports: the tables as frozen with the version exported, or
 * for a live draft the registers in the reader's scope (same shape). The heat map is a table, so it reads the same
 * in Word, in the tagged PDF and on paper: each cell its score, level and the numbers of the risks in it. Pure.
 */
import { GAP_PRIORITY_LABELS, GAP_STATUS_LABELS, RISK_STATUS_LABELS } from '../gaps/labels';
import type { FrozenGap, FrozenRisk } from '../plans/frozen-tables';
import {
  CONSEQUENCE_LABELS,
  LIKELIHOOD_LABELS,
  RISK_LEVEL_LABELS,
  SCALE,
  heatMap,
  riskLevel,
  riskScore,
} from '../risks/scoring';
import type { Block, DocumentSection } from './plan-document-model';

export type RegisterTables = { gaps?: FrozenGap[]; risks?: FrozenRisk[] };

const paragraph = (text: string): Block => ({ kind: 'paragraph', inlines: [{ kind: 'text', text }] });
const levelOf = (score: number) => RISK_LEVEL_LABELS[riskLevel(score)].toLowerCase();

export function gapSection(gaps: FrozenGap[] | undefined, frozen: boolean): DocumentSection {
  const blocks: Block[] = [];
  if (!gaps) blocks.push(paragraph('Den här versionen frystes utan kompetensgap.'));
  else if (gaps.length === 0)
    blocks.push(
      paragraph(frozen ? 'Versionen hade inga kompetensgap.' : 'Planen har inga kompetensgap som du kan se.'),
    );
  else
    blocks.push({
      kind: 'data-table',
      caption: 'Kompetensgap',
      headers: ['Område', 'Kompetensgap', 'Berör', 'Prioritet', 'Aktiviteter', 'Status', 'Kommentarer'],
      widths: [14, 20, 16, 8, 18, 9, 15],
      rows: gaps.map((g) => [
        g.area,
        g.description,
        [g.departments.length ? g.departments.join(', ') : 'Hela förvaltningen', g.occupations.join(', ')]
          .filter(Boolean)
          .join('; '),
        GAP_PRIORITY_LABELS[g.priority],
        g.activities.length ? g.activities.join('; ') : '–',
        GAP_STATUS_LABELS[g.status],
        g.comments.length ? g.comments.map((c) => `${c.date} ${c.author}: ${c.text}`).join(' | ') : '–',
      ]),
    });
  return { title: 'Kompetensgap', meta: null, blocks, notes: [] };
}

export function riskSection(risks: FrozenRisk[] | undefined, frozen: boolean): DocumentSection {
  const blocks: Block[] = [];
  if (!risks) blocks.push(paragraph('Den här versionen frystes utan riskbedömning.'));
  else if (risks.length === 0)
    blocks.push(paragraph(frozen ? 'Versionen hade ingen riskbedömning.' : 'Planen har ingen riskbedömning.'));
  else {
    const numbered = risks.map((r, i) => ({ ...r, number: i + 1 }));
    blocks.push(
      paragraph('Riskvärde = sannolikhet × konsekvens, 1–4 vardera. Siffrorna i matrisen är riskernas nummer.'),
    );
    blocks.push({
      kind: 'data-table',
      caption: 'Riskmatris',
      headers: ['Sannolikhet', ...SCALE.map((c) => `Konsekvens ${c} – ${CONSEQUENCE_LABELS[c]}`)],
      widths: [20, 20, 20, 20, 20],
      rows: heatMap(numbered).map((row) => [
        `${row[0]!.likelihood} – ${LIKELIHOOD_LABELS[row[0]!.likelihood]}`,
        ...row.map(
          (cell) =>
            `${cell.score} (${RISK_LEVEL_LABELS[cell.level].toLowerCase()})${cell.risks.length ? `: risk ${cell.risks.map((r) => r.number).join(', ')}` : ''}`,
        ),
      ]),
    });
    blocks.push({
      kind: 'data-table',
      caption: 'Risker efter riskvärde',
      headers: ['Nr', 'Risk', 'Sannolikhet', 'Konsekvens', 'Riskvärde', 'Ägare', 'Åtgärder', 'Status'],
      widths: [4, 22, 9, 9, 9, 12, 26, 9],
      rows: numbered.map((r) => [
        String(r.number),
        r.description ? `${r.title}: ${r.description}` : r.title,
        String(r.likelihood),
        String(r.consequence),
        `${riskScore(r)} (${levelOf(riskScore(r))})`,
        r.owner || '–',
        [
          r.mitigation,
          r.activities.length ? `Aktiviteter: ${r.activities.join('; ')}` : '',
          r.gaps.length ? `Kompetensgap: ${r.gaps.join('; ')}` : '',
        ]
          .filter(Boolean)
          .join(' ') || '–',
        RISK_STATUS_LABELS[r.status],
      ]),
    });
  }
  return { title: 'Riskbedömning', meta: null, blocks, notes: [] };
}

/** Both sections, for the version exported (frozen) or the live registers. */
export function registerSections(tables: RegisterTables | null, frozen: boolean): DocumentSection[] {
  if (!tables) return [];
  return [gapSection(tables.gaps, frozen), riskSection(tables.risks, frozen)];
}
