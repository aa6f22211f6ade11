/**
 * The meeting's item written as minutes are written (seed 004, item 5.2.1): the item heading, what was presented,
 * then for each question HR put in the minutes "<förbund> undrar …" and "Arbetsgivaren svarar …", the unions'
 * protokollsanteckningar, and for an MBL § 11 item the attendees, the justerare and whether the negotiation is
 * concluded. One structure feeds both the text on screen and the .docx. Pure.
 */

export const MEETING_TYPE_LABELS = { INFORMATION: 'Information', MBL_11: 'MBL § 11 förhandling' } as const;
export type MeetingType = keyof typeof MEETING_TYPE_LABELS;

export type ProtocolInput = {
  forum: string;
  date: string; // YYYY-MM-DD
  place: string;
  itemNumber: string;
  title: string;
  type: MeetingType;
  diarienummer: string | null;
  attendees: string;
  adjusters: string;
  negotiationConcluded: boolean | null;
  plan: { title: string; sentOn: string | null; planVersion: number | null } | null;
  questions: {
    union: string | null;
    author: string | null;
    text: string;
    status: 'OPEN' | 'ANSWERED' | 'WITHDRAWN';
    inMinutes: boolean;
    answerInMinutes: boolean;
    answer: string | null;
  }[];
  notes: { union: string; text: string }[];
};

export type ProtocolParagraph = {
  kind: 'meta' | 'list' | 'intro' | 'question' | 'answer' | 'note' | 'conclusion';
  /** A label written before the text in bold in the .docx (e.g. "Justerare"); part of the text on screen. */
  label?: string;
  text: string;
};

export type Protocol = { heading: string; paragraphs: ProtocolParagraph[] };

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function startsWithName(text: string, name: string): boolean {
  return text.toLocaleLowerCase('sv-SE').startsWith(name.toLocaleLowerCase('sv-SE'));
}

export function questionSentence(q: { union: string | null; author: string | null; text: string }): string {
  const union = q.union ?? 'Fackligt ombud';
  if (startsWithName(q.text, union)) return q.text;
  return `${union}${q.author ? ` (${q.author})` : ''} frågar: ${q.text}`;
}

export function answerSentence(answer: string): string {
  return startsWithName(answer, 'Arbetsgivaren') ? answer : `Arbetsgivaren svarar: ${answer}`;
}

export function buildProtocol(input: ProtocolInput): Protocol {
  const heading = [input.itemNumber, input.title].filter(Boolean).join(' ');
  const meta = [input.forum, input.date, input.place].filter(Boolean).join(', ');
  const paragraphs: ProtocolParagraph[] = [{ kind: 'meta', text: meta }];
  paragraphs.push({ kind: 'meta', label: 'Typ', text: MEETING_TYPE_LABELS[input.type] });
  if (input.diarienummer) paragraphs.push({ kind: 'meta', label: 'Diarienummer', text: input.diarienummer });
  const mbl = input.type === 'MBL_11';
  if (mbl) {
    paragraphs.push({ kind: 'list', label: 'Närvarande', text: lines(input.attendees).join(', ') || 'ej angivet' });
    paragraphs.push({ kind: 'list', label: 'Justerare', text: lines(input.adjusters).join(', ') || 'ej angivet' });
  }
  if (input.plan) {
    const sent = input.plan.sentOn ? `, versionen skickad till samverkan ${input.plan.sentOn}` : '';
    paragraphs.push({ kind: 'intro', text: `HR-konsult redovisar ${input.plan.title}${sent}.` });
  }
  for (const q of input.questions) {
    if (q.status === 'WITHDRAWN' || !q.inMinutes) continue;
    paragraphs.push({ kind: 'question', text: questionSentence(q) });
    if (!q.answerInMinutes) continue;
    paragraphs.push({
      kind: 'answer',
      text: q.answer ? answerSentence(q.answer) : 'Arbetsgivaren har ännu inte svarat på frågan.',
    });
  }
  for (const note of input.notes) {
    paragraphs.push({ kind: 'note', label: `Protokollsanteckning från ${note.union}`, text: note.text });
  }
  if (mbl) {
    paragraphs.push({
      kind: 'conclusion',
      text: input.negotiationConcluded ? 'Förhandlingen förklaras avslutad.' : 'Förhandlingen är inte avslutad.',
    });
  }
  return { heading, paragraphs };
}

/** The protocol as plain text, for the screen and the clipboard. */
export function protocolText(protocol: Protocol): string {
  const body = protocol.paragraphs.map((p) => (p.label ? `${p.label}: ${p.text}` : p.text));
  return [protocol.heading, ...body].join('\n\n');
}
