/**
 * The plan as a document, once, for every file it is exported to (plan-docx.ts, plan-html.ts → PDF): a title
 * page, the sections as blocks, the figures' sources, the key charts and the activity tables per UBARA phase.
 * Built from what the reader sees on the plan page (lib/plans/reading.ts: figures already suppressed for this
 * reader) and from the register in the reader's scope. Plan text becomes text runs only: the editor's JSON is read
 * node by node from its allow-list (lib/plans/document.ts), so no markup, script or javascript: link can pass. Pure.
 */
import { groupByPhase, type RegisterActivity } from '../activities/register-model';
import { STATUS_LABELS } from '../activities/status';
import { type DocNode, bindingKey, bindingOf, safeHref } from '../plans/document';
import { type ResolvedFigure, displayFigure } from '../plans/figures';
import type { FrozenTables } from '../plans/frozen-tables';
import type { PlanReading } from '../plans/reading';
import { SUPPRESSION_REASONS } from '../statistics/suppression/rule';
import { type Chart, keyCharts } from './plan-charts';
import { type RegisterTables, registerSections } from './plan-registers';

export type Inline =
  | {
      kind: 'text';
      text: string;
      bold?: boolean;
      italic?: boolean;
      underline?: boolean;
      strike?: boolean;
      code?: boolean;
      /** Only http(s)/mailto, checked again here. */
      href?: string;
    }
  /** A live figure as its value with period ("6,2 % (2024)"), and the number of its source note. */
  | { kind: 'figure'; text: string; note: number }
  | { kind: 'break' };

export type Cell = { header: boolean; colspan: number; rowspan: number; blocks: Block[] };

export type Block =
  /** Level 2 and 3 inside a section (the section title is level 1). */
  | { kind: 'heading'; level: 2 | 3; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'rule' }
  /** A table from the editor; leading rows of header cells repeat on every page. */
  | { kind: 'table'; rows: Cell[][]; headerRows: number }
  /** A table of plain text with one header row (activities, chart data). */
  | { kind: 'data-table'; caption: string; headers: string[]; rows: string[][]; widths?: number[] }
  | { kind: 'chart'; chart: Chart };

export type DocumentSection = {
  title: string;
  /** "Avdelning: …. Ansvarig: …." */
  meta: string | null;
  blocks: Block[];
  /** The sources of the section's figures, numbered as the figures' notes. */
  notes: string[];
};

export type PlanDocument = {
  title: string;
  organization: string;
  board: string;
  period: string;
  /** Utkast / Under samverkan / Fastställd. */
  status: string;
  draft: boolean;
  version: number;
  /** The version's date (yyyy-mm-dd): the snapshot's, the decision's, or today for a live draft. */
  date: string;
  diarienummer: string | null;
  decision: string | null;
  focusStrategies: string[];
  sections: DocumentSection[];
  activities: DocumentSection;
  /** "Kompetensgap" and "Riskbedömning" (plan-registers.ts); none for a live plan the reader has no register of. */
  registers: DocumentSection[];
};

export type DocumentInput = {
  reading: PlanReading;
  organization: { name: string; boardName: string };
  /** The live register in the reader's scope (null when the reading is a snapshot). */
  activities: RegisterActivity[] | null;
  /** The live gaps and risks in the reader's scope (null when the reading is a snapshot, or none to show). */
  registers: RegisterTables | null;
  phases: { key: string; name: string }[];
  mergeRecruitIntroduce: boolean;
  today: Date;
};

const iso = (date: Date) => date.toISOString().slice(0, 10);

export function planDocument(input: DocumentInput): PlanDocument {
  const { reading, organization } = input;
  const { plan, snapshot } = reading;
  const status = snapshot ? (snapshot.kind === 'ADOPTED' ? 'Fastställd' : 'Under samverkan') : statusLabel(plan.status);
  const date = snapshot
    ? iso(snapshot.createdAt)
    : plan.status === 'ADOPTED' && plan.decisionDate
      ? iso(plan.decisionDate)
      : iso(input.today);
  const adopted = status === 'Fastställd';
  const charts = keyCharts(reading.figures);
  const placed = new Set<Chart>();
  return {
    title: plan.title,
    organization: organization.name,
    board: organization.boardName,
    period: `${plan.startYear}–${plan.endYear}`,
    status,
    draft: status === 'Utkast',
    version: snapshot ? snapshot.planVersion : plan.planVersion,
    date,
    diarienummer: plan.diarienummer,
    decision:
      adopted && plan.decisionDate
        ? `Fastställd av ${organization.boardName} ${iso(plan.decisionDate)}${plan.decisionReference ? `, ${plan.decisionReference}` : ''}.`
        : null,
    focusStrategies: plan.focusStrategies,
    sections: reading.sections.map((section) => {
      const notes = new Map<string, number>();
      const noteTexts: string[] = [];
      const figure = (node: DocNode): Inline | null => {
        const binding = bindingOf(node);
        if (!binding) return null;
        const key = bindingKey(binding);
        const resolved = reading.figures[key];
        if (!resolved) return { kind: 'text', text: '[siffra saknas]' };
        if (!notes.has(key)) {
          notes.set(key, notes.size + 1);
          noteTexts.push(figureNote(resolved));
        }
        return { kind: 'figure', text: figureText(resolved), note: notes.get(key)! };
      };
      const blocks = (section.body.content ?? []).flatMap((node) => toBlocks(node, figure));
      // A chart follows the section whose text first quotes its figures.
      for (const chart of charts) {
        if (placed.has(chart) || !chart.figureKeys.some((k) => notes.has(k))) continue;
        placed.add(chart);
        blocks.push({ kind: 'chart', chart });
      }
      return {
        title: section.title,
        meta:
          [
            section.departmentName ? `Avdelning: ${section.departmentName}.` : '',
            section.ownerName ? `Ansvarig: ${section.ownerName}.` : '',
          ]
            .filter(Boolean)
            .join(' ') || null,
        blocks,
        notes: noteTexts,
      };
    }),
    activities: activitySection(input),
    registers: reading.snapshot
      ? registerSections(reading.tables ?? {}, true)
      : registerSections(input.registers, false),
  };
}

function statusLabel(status: PlanReading['plan']['status']): string {
  return status === 'ADOPTED' ? 'Fastställd' : status === 'IN_REVIEW' ? 'Under samverkan' : 'Utkast';
}

/** "6,2 % (2024)", or the dashboards' "–" / "<5" with the period when the reader may not see the value. */
export function figureText(figure: ResolvedFigure): string {
  return `${displayFigure(figure)} (${figure.period})`;
}

function figureNote(figure: ResolvedFigure): string {
  const value = figure.hidden ? `${SUPPRESSION_REASONS[figure.hidden]}.` : `${displayFigure(figure)}.`;
  return `${figure.label}, ${figure.period}: ${value} ${figure.definition} Källa: förvaltningens personalstatistik.`;
}

type FigureOf = (node: DocNode) => Inline | null;

function inlines(node: DocNode, figure: FigureOf): Inline[] {
  return (node.content ?? []).flatMap((child): Inline[] => {
    if (child.type === 'text') return child.text ? [textRun(child)] : [];
    if (child.type === 'hardBreak') return [{ kind: 'break' }];
    if (child.type === 'liveFigure') return [figure(child)].filter((i): i is Inline => i !== null);
    // Anything else inline: its text only.
    return inlines(child, figure);
  });
}

function textRun(node: DocNode): Inline {
  const has = (type: string) => (node.marks ?? []).some((m) => m.type === type);
  const link = (node.marks ?? []).find((m) => m.type === 'link');
  const href = link ? safeHref(link.attrs?.href) : undefined;
  return {
    kind: 'text',
    text: node.text ?? '',
    ...(has('bold') && { bold: true }),
    ...(has('italic') && { italic: true }),
    ...(has('underline') && { underline: true }),
    ...(has('strike') && { strike: true }),
    ...(has('code') && { code: true }),
    ...(href && { href }),
  };
}

function toBlocks(node: DocNode, figure: FigureOf): Block[] {
  const children = () => (node.content ?? []).flatMap((child) => toBlocks(child, figure));
  switch (node.type) {
    case 'paragraph':
      return [{ kind: 'paragraph', inlines: inlines(node, figure) }];
    case 'heading':
      return [{ kind: 'heading', level: node.attrs?.level === 4 ? 3 : 2, inlines: inlines(node, figure) }];
    case 'bulletList':
    case 'orderedList':
      return [
        {
          kind: 'list',
          ordered: node.type === 'orderedList',
          start: typeof node.attrs?.start === 'number' ? node.attrs.start : 1,
          items: (node.content ?? []).map((item) => (item.content ?? []).flatMap((c) => toBlocks(c, figure))),
        },
      ];
    case 'blockquote':
      return [{ kind: 'quote', blocks: children() }];
    case 'horizontalRule':
      return [{ kind: 'rule' }];
    case 'table': {
      const rows = (node.content ?? []).map((row) =>
        (row.content ?? []).map((cell): Cell => ({
          header: cell.type === 'tableHeader',
          colspan: span(cell.attrs?.colspan),
          rowspan: span(cell.attrs?.rowspan),
          blocks: (cell.content ?? []).flatMap((c) => toBlocks(c, figure)),
        })),
      );
      const headerRows = rows.findIndex((row) => !row.every((c) => c.header));
      return rows.length ? [{ kind: 'table', rows, headerRows: headerRows === -1 ? 0 : headerRows }] : [];
    }
    case 'text':
    case 'liveFigure':
      return [{ kind: 'paragraph', inlines: inlines({ type: 'paragraph', content: [node] }, figure) }];
    default:
      return children();
  }
}

const span = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 1 && v <= 20 ? v : 1);

const ACTIVITY_HEADERS = ['Aktivitet', 'Mål', 'SKR-strategi', 'Ansvarig', 'Måldatum', 'Status'];
/** Relative column widths: the texts wide, the date and status narrow. */
const ACTIVITY_WIDTHS = [26, 20, 18, 14, 11, 11];
const FOLLOWED_UP_WIDTHS = [20, 15, 14, 11, 10, 9, 21];

/** "Aktiviteter": one table per UBARA phase, from the frozen tables of a snapshot or the live register. */
function activitySection(input: DocumentInput): DocumentSection {
  const { reading } = input;
  const blocks: Block[] = [];
  if (reading.snapshot) {
    const tables: FrozenTables | null = reading.tables;
    if (!tables) blocks.push(paragraph('Den här versionen frystes utan aktivitetstabell.'));
    else if (tables.activities.length === 0) blocks.push(paragraph('Versionen hade inga aktiviteter.'));
    else {
      blocks.push(paragraph('Aktiviteterna som de stod när versionen frystes.'));
      const phases = [...new Set(tables.activities.map((a) => a.phase))];
      for (const phase of phases) {
        const rows = tables.activities.filter((a) => a.phase === phase);
        blocks.push({ kind: 'heading', level: 2, inlines: [{ kind: 'text', text: phase }] });
        blocks.push({
          kind: 'data-table',
          caption: `Aktiviteter: ${phase}`,
          headers: ACTIVITY_HEADERS,
          widths: ACTIVITY_WIDTHS,
          rows: rows.map((a) => [
            a.title,
            a.goal,
            a.strategies.join(', '),
            a.owner,
            a.dueDate ?? '–',
            STATUS_LABELS[a.status],
          ]),
        });
      }
    }
  } else {
    const activities = input.activities ?? [];
    if (activities.length === 0) blocks.push(paragraph('Planen har inga aktiviteter som du kan se.'));
    for (const group of groupByPhase(activities, input.phases, input.mergeRecruitIntroduce)) {
      blocks.push({ kind: 'heading', level: 2, inlines: [{ kind: 'text', text: group.name }] });
      blocks.push({
        kind: 'data-table',
        caption: `Aktiviteter: ${group.name}`,
        headers: [...ACTIVITY_HEADERS, 'Senaste uppföljning'],
        widths: FOLLOWED_UP_WIDTHS,
        rows: group.activities.map((a) => [
          a.title,
          a.goal,
          a.strategies.map((s) => s.name).join(', '),
          a.owner,
          a.dueDate ?? '–',
          STATUS_LABELS[a.displayStatus],
          a.latestFollowUp ? `${a.latestFollowUp.label}: ${a.latestFollowUp.comment}` : 'Ingen uppföljning',
        ]),
      });
    }
  }
  return { title: 'Aktiviteter', meta: null, blocks, notes: [] };
}

function paragraph(text: string): Block {
  return { kind: 'paragraph', inlines: [{ kind: 'text', text }] };
}
