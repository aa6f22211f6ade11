/**
 * A new plan's sections: the city's instruction (the five questions, the strategic direction tied to UBARA and
 * SKR's strategies, one section per department, risks, follow-up, summary) or a copy of last year's plan.
 * Pure: lib/plans/create.ts writes what these return.
 */
import { type Doc, textToDocument } from './document';

export type SectionDraft = {
  title: string;
  body: Doc;
  ownerId: string | null;
  departmentId: string | null;
  kind: string | null;
};

/** The section a rollover prepares; the activities issue fills it from last year's follow-ups. */
export const FOLLOW_UP_KIND = 'previous-activities';
export const FOLLOW_UP_TITLE = 'Uppföljning av tidigare aktiviteter';

type TemplateEntry = { title: string; guidance: string } | 'departments';

/** The instruction's order. Guidance text is a prompt for the author, written as the plan's own first draft. */
export const TEMPLATE: TemplateEntry[] = [
  {
    title: 'Inledning och nulägesanalys',
    guidance:
      'Beskriv förvaltningens uppdrag, organisation och personalsammansättning i dag: antal anställda, anställningsformer, heltid, sjukfrånvaro och personalomsättning.',
  },
  {
    title: 'Demografi och omvärld',
    guidance:
      'Beskriv hur befolkningen och behoven i stadsdelen förändras, pensionsavgångar de kommande åren och vad som händer i omvärlden (lagstiftning, arbetsmarknad, utbildning).',
  },
  {
    title: 'Vilka förändringar står vi inför?',
    guidance:
      'Sammanfatta de förändringar i uppdrag, arbetssätt och omvärld som påverkar kompetensbehovet under treårsperioden.',
  },
  {
    title: 'Vilken kompetens behöver vi?',
    guidance: 'Beskriv vilka yrkesgrupper och vilken kompetens verksamheten behöver om tre år.',
  },
  {
    title: 'Vilken kompetens har vi?',
    guidance: 'Beskriv den kompetens som finns i dag, kartlagd formell kompetens och var gapen finns.',
  },
  {
    title: 'Hur kan vi skaffa den kompetens vi saknar?',
    guidance: 'Beskriv hur förvaltningen ska utveckla, behålla, attrahera, rekrytera, introducera och avsluta (UBARA).',
  },
  {
    title: 'Är vi på rätt väg?',
    guidance: 'Beskriv hur planens aktiviteter och mål följs upp och vilka nyckeltal som visar att arbetet ger effekt.',
  },
  {
    title: 'Strategisk inriktning – UBARA och SKR:s strategier',
    guidance:
      'Beskriv vilka av SKR:s strategier för kompetensförsörjning förvaltningen fokuserar på och hur de kopplar till UBARA-modellens faser.',
  },
  'departments',
  {
    title: 'Riskbedömning',
    guidance:
      'Beskriv de största riskerna för kompetensförsörjningen, deras sannolikhet och konsekvens och hur de möts.',
  },
  {
    title: 'Uppföljning',
    guidance: 'Beskriv när och hur planen följs upp under året (tertial 1, tertial 2 och helår).',
  },
  {
    title: 'Sammanfattning',
    guidance: 'Sammanfatta planens viktigaste slutsatser och prioriteringar.',
  },
];

type DepartmentRef = { id: string; name: string };

/** Sections of a new plan from the instruction, one per department, all owned by the author. */
export function templateSections(departments: DepartmentRef[], ownerId: string): SectionDraft[] {
  return TEMPLATE.flatMap((entry, index): SectionDraft[] => {
    if (entry === 'departments') {
      return departments.map((d, i) => ({
        title: d.name,
        body: textToDocument(
          `Beskriv avdelningens förutsättningar, kompetensbehov och prioriterade aktiviteter för ${d.name}.`,
          `t${index}d${i}b`,
        ),
        ownerId,
        departmentId: d.id,
        kind: null,
      }));
    }
    return [
      {
        title: entry.title,
        body: textToDocument(entry.guidance, `t${index}b`),
        ownerId,
        departmentId: null,
        kind: null,
      },
    ];
  });
}

type SourceSection = {
  title: string;
  body: unknown;
  ownerId: string | null;
  departmentId: string | null;
  kind: string | null;
  removedAt: Date | null;
};

/**
 * Sections of a rolled-over plan: last year's live sections in their order, with their owners and departments,
 * and (once) the follow-up section of last year's activities, placed before the risk assessment when there is
 * one, else last.
 */
export function rolloverSections(
  source: SourceSection[],
  sourceTitle: string,
  fallbackOwnerId: string,
): SectionDraft[] {
  const kept = source
    .filter((s) => !s.removedAt && s.kind !== FOLLOW_UP_KIND)
    .map((s) => ({
      title: s.title,
      body: s.body as Doc,
      ownerId: s.ownerId ?? fallbackOwnerId,
      departmentId: s.departmentId,
      kind: s.kind,
    }));
  const followUp: SectionDraft = {
    title: FOLLOW_UP_TITLE,
    body: textToDocument(
      `Här redovisas uppföljningen av aktiviteterna i ${sourceTitle} och vilka aktiviteter som inte slutförts och förs över till den nya planen.`,
      'fub',
    ),
    ownerId: fallbackOwnerId,
    departmentId: null,
    kind: FOLLOW_UP_KIND,
  };
  const riskIndex = kept.findIndex((s) => /risk/i.test(s.title));
  return riskIndex === -1 ? [...kept, followUp] : [...kept.slice(0, riskIndex), followUp, ...kept.slice(riskIndex)];
}

export function planTitle(startYear: number): string {
  return `Kompetensförsörjningsplan ${startYear}–${startYear + 2}`;
}
