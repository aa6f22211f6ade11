/**
 * What the samverkan deck says, slide by slide, in seed 004's order (Syfte, Hur, Omvärldsbevakning,
 * Avdelningsspecifikt, Strategisk inriktning, Frågor), filled from the reviewed plan version as the reader sees it
 * (figures already decided for the reader's role) and from the meeting's questions. Pure: deck-samverkan.ts writes it.
 */
import { coverageMatrix } from '../activities/coverage';
import type { FrozenActivity } from '../plans/frozen-tables';
import { type Doc, type DocNode, bindingKey, plainText } from '../plans/document';
import { type ResolvedFigure, displayFigure } from '../plans/figures';
import type { FrozenSection, SnapshotContent } from '../plans/snapshot-content';
import type { ChartData } from '../statistics/dashboard/chart-data';

export type DeckSlide =
  | { kind: 'title'; title: string; subtitle: string }
  | { kind: 'text'; title: string; bullets: string[] }
  | { kind: 'chart'; title: string; chart: ChartData }
  | { kind: 'table'; title: string; header: string[]; rows: string[][] };

export type DeckQuestion = { union: string | null; question: string; answers: string[] };

export type DeckInput = {
  organization: string;
  meeting: { name: string; date: string };
  content: SnapshotContent;
  activities: FrozenActivity[];
  questions: DeckQuestion[];
  charts: ChartData[];
};

export const DECK_TITLES = {
  purpose: 'Syfte',
  method: 'Hur',
  keyFigures: 'Nyckeltal',
  world: 'Vad - Omvärldsbevakning',
  changes: 'Vad - Förändringar framåt',
  departments: 'Vad - Avdelningsspecifikt (nyckelord)',
  direction: 'Vad - Strategisk inriktning',
  coverage: 'Strategisk inriktning - UBARA × SKR',
  questions: 'Frågor',
} as const;

const MAX_BULLETS = 8;
const MAX_BULLET_LENGTH = 220;
const QUESTION_CHARACTERS_PER_SLIDE = 900;

/** Which plan section feeds which slide: seed 004's own titles first, then the city template's. */
const SECTION_MATCHERS: Record<'purpose' | 'method' | 'world' | 'changes' | 'departments' | 'direction', RegExp> = {
  purpose: /^syfte\b|^inledning/i,
  method: /^hur\b|^hur kan vi/i,
  world: /omvärld/i,
  changes: /förändringar/i,
  departments: /avdelningsspecifikt/i,
  direction: /strategisk inriktning/i,
};

const DECK_STYLE_TITLE = /^(syfte|hur)$|^vad\s+-/i;

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/** A section's text as slide bullets: one per paragraph or list item, figures as the reader sees them. */
export function sectionBullets(body: Doc, figures: Record<string, ResolvedFigure>): string[] {
  const figure = (binding: Parameters<typeof bindingKey>[0]) => {
    const resolved = figures[bindingKey(binding)];
    return resolved ? displayFigure(resolved) : 'uppgift saknas';
  };
  const blocks = (node: DocNode): DocNode[] =>
    node.type === 'bulletList' || node.type === 'orderedList'
      ? (node.content ?? [])
      : node.type === 'doc'
        ? (node.content ?? []).flatMap(blocks)
        : [node];
  return blocks(body)
    .flatMap((block) => plainText(block, figure).split('\n'))
    .map((line) => line.replace(/^[•\-–*]\s*/, '').trim())
    .filter(Boolean)
    .slice(0, MAX_BULLETS)
    .map((line) => shorten(line, MAX_BULLET_LENGTH));
}

function findSection(sections: FrozenSection[], key: keyof typeof SECTION_MATCHERS): FrozenSection | undefined {
  return sections.find((s) => SECTION_MATCHERS[key].test(s.title.trim()));
}

/** The departments' keywords: the plan's own slide when it has one, else a line per department section. */
function departmentBullets(input: DeckInput): string[] {
  const own = findSection(input.content.sections, 'departments');
  if (own) return sectionBullets(own.body, input.content.figures);
  return input.content.sections
    .filter((s) => s.departmentId)
    .slice(0, MAX_BULLETS)
    .map((s) => {
      const first = sectionBullets(s.body, input.content.figures)[0] ?? '';
      return shorten(first ? `${s.title} - ${first}` : s.title, MAX_BULLET_LENGTH);
    });
}

function keyFigureBullets(figures: Record<string, ResolvedFigure>): string[] {
  const seen = new Set<string>();
  return Object.values(figures)
    .filter((f) => !seen.has(f.label) && seen.add(f.label))
    .slice(0, MAX_BULLETS)
    .map((f) => `${f.label}: ${displayFigure(f)} (${f.period})`);
}

/** UBARA × SKR: how many of the reviewed version's activities hold each strategy in each phase. */
function coverageTable(activities: FrozenActivity[]): { header: string[]; rows: string[][] } | null {
  if (activities.length === 0) return null;
  const phases = [...new Set(activities.map((a) => a.phase))].map((name) => ({ key: name, name }));
  const strategies = [...new Set(activities.flatMap((a) => a.strategies))].map((name) => ({
    id: name,
    name,
    verified: true,
  }));
  const counts = activities.flatMap((a) => a.strategies.map((s) => ({ strategyId: s, phaseKey: a.phase, count: 1 })));
  const matrix = coverageMatrix({
    strategies,
    phases,
    counts,
    focusStrategyIds: new Set(),
    mergeRecruitIntroduce: false,
  });
  return {
    header: ['SKR-strategi', ...matrix.columns.map((c) => c.name), 'Totalt'],
    rows: matrix.rows.map((r) => [r.strategy, ...r.cells.map((c) => String(c.count)), String(r.total)]),
  };
}

/** The union's questions with the employer's answers, a few to a slide so that each slide stays readable. */
function questionSlides(questions: DeckQuestion[]): DeckSlide[] {
  const lines = questions.map((q) => [
    `${q.union ? `${q.union}: ` : ''}${q.question}`,
    ...(q.answers.length ? q.answers.map((a) => `Svar: ${a}`) : ['Svar: (inte besvarad ännu)']),
  ]);
  if (lines.length === 0)
    return [{ kind: 'text', title: DECK_TITLES.questions, bullets: ['Inga frågor har ställts.'] }];
  const slides: string[][] = [[]];
  let size = 0;
  for (const block of lines) {
    const length = block.join('').length;
    if (slides.at(-1)!.length && size + length > QUESTION_CHARACTERS_PER_SLIDE) {
      slides.push([]);
      size = 0;
    }
    slides.at(-1)!.push(...block.map((line) => shorten(line, 600)));
    size += length;
  }
  return slides.map((bullets, i) => ({
    kind: 'text',
    title: i === 0 ? DECK_TITLES.questions : `${DECK_TITLES.questions} (forts.)`,
    bullets,
  }));
}

export function deckOutline(input: DeckInput): DeckSlide[] {
  const { sections, figures } = input.content;
  const text = (key: keyof typeof SECTION_MATCHERS, title: string): DeckSlide[] => {
    const section = findSection(sections, key);
    const bullets = section ? sectionBullets(section.body, figures) : [];
    // A plan written as slides (seed 004: "Vad - Omvärldsbevakning") keeps its own titles.
    const own = section && DECK_STYLE_TITLE.test(section.title) ? section.title.trim() : title;
    return bullets.length ? [{ kind: 'text', title: own, bullets }] : [];
  };
  const keyFigures = keyFigureBullets(figures);
  const departments = departmentBullets(input);
  const coverage = coverageTable(input.activities);
  return [
    {
      kind: 'title',
      title: input.content.title,
      subtitle: `${input.organization} · ${input.meeting.name} · ${input.meeting.date}`,
    },
    ...text('purpose', DECK_TITLES.purpose),
    ...text('method', DECK_TITLES.method),
    ...(keyFigures.length ? [{ kind: 'text' as const, title: DECK_TITLES.keyFigures, bullets: keyFigures }] : []),
    ...input.charts.map((chart) => ({
      kind: 'chart' as const,
      title: `${DECK_TITLES.keyFigures}: ${chart.title}`,
      chart,
    })),
    ...text('world', DECK_TITLES.world),
    ...text('changes', DECK_TITLES.changes),
    ...(departments.length ? [{ kind: 'text' as const, title: DECK_TITLES.departments, bullets: departments }] : []),
    ...text('direction', DECK_TITLES.direction),
    ...(coverage ? [{ kind: 'table' as const, title: DECK_TITLES.coverage, ...coverage }] : []),
    ...questionSlides(input.questions),
  ];
}

/** The dashboard charts a deck shows (two or three), in this order of preference, when they hold figures. */
export const DECK_CHARTS = [
  'personalomsattning-befattning',
  'heltid',
  'sjukfranvaro',
  'pension-intervall',
  'alder-kon',
];

export function pickDeckCharts(charts: readonly ChartData[]): ChartData[] {
  return DECK_CHARTS.map((id) => charts.find((c) => c.id === id))
    .filter((c): c is ChartData => !!c && !c.emptyMessage && c.series.some((s) => s.values.some((v) => v !== null)))
    .slice(0, 3);
}
