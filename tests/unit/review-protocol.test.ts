import { describe, expect, it } from 'vitest';
import { textToDocument } from '@/lib/plans/document';
import { compareForReview } from '@/lib/review/comparison';
import { isOpenForQuestions, stockholmDate } from '@/lib/review/deadline';
import { blockWithPassage, normalizePassage, passageNow, passageOccursIn } from '@/lib/review/passages';
import { type ProtocolInput, buildProtocol, protocolText, questionSentence } from '@/lib/review/protocol';
import { skarholmen } from '@/prisma/seed-data/skarholmen';

const seedMeeting = skarholmen.plans[0]!.reviewMeeting!;

const base: ProtocolInput = {
  forum: 'Förvaltningsgrupp',
  date: '2026-04-14',
  place: '',
  itemNumber: '5.2.1',
  title: 'Kompetensförsörjningsplanen',
  type: 'INFORMATION',
  diarienummer: null,
  attendees: '',
  adjusters: '',
  negotiationConcluded: null,
  plan: { title: 'Kompetensförsörjningsplan 2027–2029', sentOn: '2026-04-07', planVersion: 1 },
  questions: seedMeeting.questions.map((q) => ({
    union: q.union,
    author: null,
    text: q.question,
    status: 'ANSWERED' as const,
    inMinutes: true,
    answerInMinutes: true,
    answer: q.answer ?? null,
  })),
  notes: [],
};

describe('the protocol of a samverkan item', () => {
  it('reads as seed 004’s item 5.2.1: heading, presentation, "undrar" and "Arbetsgivaren svarar" in order', () => {
    const text = protocolText(buildProtocol(base));
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toBe('5.2.1 Kompetensförsörjningsplanen');
    expect(paragraphs[3]).toBe(
      'HR-konsult redovisar Kompetensförsörjningsplan 2027–2029, versionen skickad till samverkan 2026-04-07.',
    );
    // The seed's questions already name the union and the answers begin "Arbetsgivaren svarar": kept verbatim.
    expect(paragraphs.slice(4)).toEqual(seedMeeting.questions.flatMap((q) => [q.question, q.answer]));
    expect(paragraphs[4]).toContain('6% samtidigt som siffrorna för bidragshandläggarna är 32%');
    expect(text).not.toContain('Närvarande');
  });

  it('names who asked on behalf of which organisation, and leaves out what HR kept out of the minutes', () => {
    expect(questionSentence({ union: 'Vision', author: 'Torbjörn Andersson', text: 'Hur räknas heltid?' })).toBe(
      'Vision (Torbjörn Andersson) frågar: Hur räknas heltid?',
    );
    const protocol = buildProtocol({
      ...base,
      questions: [
        {
          union: 'Vision',
          author: 'T',
          text: 'Med?',
          status: 'ANSWERED',
          inMinutes: true,
          answerInMinutes: false,
          answer: 'Ja.',
        },
        {
          union: 'Vision',
          author: 'T',
          text: 'Utan?',
          status: 'ANSWERED',
          inMinutes: false,
          answerInMinutes: true,
          answer: 'Nej.',
        },
        {
          union: 'Vision',
          author: 'T',
          text: 'Dragen?',
          status: 'WITHDRAWN',
          inMinutes: true,
          answerInMinutes: true,
          answer: null,
        },
        {
          union: 'Kommunal',
          author: null,
          text: 'Öppen?',
          status: 'OPEN',
          inMinutes: true,
          answerInMinutes: true,
          answer: null,
        },
      ],
      notes: [{ union: 'Kommunal', text: 'Kommunal anser att planen saknar undersköterskornas arbetstider.' }],
    });
    expect(
      protocol.paragraphs.filter((p) => ['question', 'answer', 'note'].includes(p.kind)).map((p) => p.text),
    ).toEqual([
      'Vision (T) frågar: Med?',
      'Kommunal frågar: Öppen?',
      'Arbetsgivaren har ännu inte svarat på frågan.',
      'Kommunal anser att planen saknar undersköterskornas arbetstider.',
    ]);
    expect(protocolText(protocol)).toContain('Protokollsanteckning från Kommunal: Kommunal anser');
  });

  it('for MBL § 11 lists attendees and justerare and states the outcome of the negotiation', () => {
    const mbl = { ...base, type: 'MBL_11' as const, attendees: 'A\n\nB ', adjusters: seedMeeting.adjusters.join('\n') };
    const open = protocolText(buildProtocol(mbl));
    expect(open).toContain('Typ: MBL § 11 förhandling');
    expect(open).toContain('Närvarande: A, B');
    expect(open).toContain('Justerare: Carin Trygg Monvall (Akademikerförbundet SSR), Irene Holm (Kommunal)');
    expect(open.endsWith('Förhandlingen är inte avslutad.')).toBe(true);
    expect(
      protocolText(buildProtocol({ ...mbl, negotiationConcluded: true })).endsWith('Förhandlingen förklaras avslutad.'),
    ).toBe(true);
  });
});

describe('passages of the frozen text', () => {
  const doc = textToDocument(
    'Första stycket om personalomsättning.\n\nSammantaget krävs en ”förstärkt” organisatorisk förmåga i sin helhet.',
    'b',
  );

  it('finds a passage regardless of line breaks, spaces and typographic quotes, and nothing that is not there', () => {
    expect(normalizePassage(' a \n b ')).toBe('a b');
    expect(passageOccursIn(doc, 'krävs en "förstärkt"\norganisatorisk')).toBe(true);
    expect(passageOccursIn(doc, 'krävs en svagare')).toBe(false);
    expect(passageOccursIn(doc, '   ')).toBe(false);
    expect(blockWithPassage(doc, 'personalomsättning')?.text).toBe('Första stycket om personalomsättning.');
  });

  it('tells how the quoted block reads in a later version: unchanged, changed or removed', () => {
    const [first, second] = doc.content;
    const edited = {
      ...doc,
      content: [first!, { ...second!, content: [{ type: 'text', text: 'Vi organiserar oss kring kvalitetsarbete.' }] }],
    };
    expect(passageNow(doc, doc, 'personalomsättning')).toEqual({
      kind: 'unchanged',
      text: 'Första stycket om personalomsättning.',
    });
    expect(passageNow(doc, edited, 'organisatorisk förmåga')).toMatchObject({
      kind: 'changed',
      now: 'Vi organiserar oss kring kvalitetsarbete.',
    });
    expect(passageNow(doc, { ...doc, content: [second!] }, 'personalomsättning')).toMatchObject({ kind: 'removed' });
    expect(passageNow(doc, doc, 'saknas')).toEqual({ kind: 'not-found' });
  });

  it('compares the reviewed and the adopted version section by section, new and removed sections included', () => {
    const reviewed = {
      title: 'P',
      startYear: 2027,
      endYear: 2029,
      figures: {},
      sections: [
        { id: 'a', title: 'Nuläge', departmentId: null, body: doc },
        { id: 'b', title: 'Bort', departmentId: null, body: textToDocument('x') },
      ],
    };
    const adopted = {
      ...reviewed,
      sections: [
        { id: 'c', title: 'Nytt', departmentId: null, body: textToDocument('y') },
        { id: 'a', title: 'Nuläge och behov', departmentId: null, body: doc },
      ],
    };
    const q = {
      id: 'q',
      sectionId: 'a',
      union: 'Vision',
      text: '?',
      quote: 'personalomsättning',
      status: 'OPEN' as const,
    };
    const result = compareForReview(reviewed, adopted, [q]);
    expect(result.map((s) => [s.id, s.status, s.indexNow, s.titleBefore])).toEqual([
      ['a', 'changed', 2, 'Nuläge'],
      ['b', 'removed', null, null],
      ['c', 'added', 1, null],
    ]);
    expect(result[0]!.questions[0]!.passage).toMatchObject({ kind: 'unchanged' });
  });
});

describe('until the meeting', () => {
  it('is open through the meeting day in Stockholm and closed from the next day', () => {
    const meeting = new Date('2026-04-14T00:00:00Z');
    expect(isOpenForQuestions(meeting, new Date('2026-04-14T21:59:00Z'))).toBe(true); // 23:59 in Stockholm
    expect(isOpenForQuestions(meeting, new Date('2026-04-14T22:00:00Z'))).toBe(false); // 00:00 on the 15th
    expect(stockholmDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('the comparison ignores what a reader cannot see', () => {
  it('does not count an empty paragraph left by the editor as a change', () => {
    const doc = textToDocument('Text.', 'b');
    const withEmpty = { ...doc, content: [...doc.content, { type: 'paragraph', attrs: { blockId: 'tom' } }] };
    const content = (body: typeof doc) => ({
      title: 'P',
      startYear: 2027,
      endYear: 2029,
      figures: {},
      sections: [{ id: 'a', title: 'A', departmentId: null, body }],
    });
    expect(compareForReview(content(doc), content(withEmpty), [])[0]!.status).toBe('same');
  });
});
