import { describe, expect, it } from 'vitest';
import { diffDocuments, diffSummary } from '@/lib/plans/diff';
import { type Doc, collectFigures, sanitizeDocument, textToDocument } from '@/lib/plans/document';
import { cleanPastedHtml } from '@/lib/plans/paste';
import { FOLLOW_UP_TITLE, TEMPLATE, planTitle, rolloverSections, templateSections } from '@/lib/plans/template';

const p = (id: string, text: string) => ({
  type: 'paragraph',
  attrs: { blockId: id },
  content: [{ type: 'text', text }],
});
const doc = (...content: object[]) => ({ type: 'doc', content }) as Doc;

describe('sanitizeDocument', () => {
  let n = 0;
  const ids = () => `n${++n}`;

  it('drops unknown nodes and attributes, keeps their text as text, and refuses unsafe links', () => {
    const clean = sanitizeDocument(
      {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            attrs: { blockId: 'a', onclick: 'x' },
            content: [{ type: 'text', text: 'hej', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
          },
          { type: 'div', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'inuti' }] }] },
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'mejl',
                marks: [{ type: 'link', attrs: { href: 'mailto:hr@stad.se' } }, { type: 'evil' }],
              },
            ],
          },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'data', marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>' } }] },
            ],
          },
        ],
      },
      ids,
    );
    expect(clean.content[0]).toEqual({
      type: 'paragraph',
      attrs: { blockId: 'a' },
      content: [{ type: 'text', text: 'hej' }],
    });
    expect(clean.content[1]).toMatchObject({ type: 'paragraph', content: [{ text: 'inuti' }] });
    expect(clean.content[2]!.content![0]!.marks).toEqual([{ type: 'link', attrs: { href: 'mailto:hr@stad.se' } }]);
    expect(clean.content[3]!.content![0]!.marks).toBeUndefined();
  });

  it('gives every top-level block a unique stable id and keeps live figures with a valid binding only', () => {
    const clean = sanitizeDocument(
      doc(p('same', 'a'), p('same', 'b'), {
        type: 'paragraph',
        content: [
          {
            type: 'liveFigure',
            attrs: { measure: 'headcount', year: 2025, dimensions: { department: 'Äldreomsorg', bad: 1 } },
          },
          { type: 'liveFigure', attrs: { measure: 'headcount<script>', year: 2025 } },
        ],
      }),
      ids,
    );
    const blockIds = clean.content.map((b) => b.attrs?.blockId);
    expect(new Set(blockIds).size).toBe(3);
    expect(collectFigures(clean)).toEqual([
      { measure: 'headcount', year: 2025, dimensions: { department: 'Äldreomsorg' } },
    ]);
  });

  it('turns garbage into an empty document rather than failing', () => {
    expect(sanitizeDocument('nej', ids).content).toHaveLength(1);
    expect(sanitizeDocument(null, ids).type).toBe('doc');
  });
});

describe('diffDocuments', () => {
  it('compares word by word within blocks matched by id, and shows added and removed blocks in place', () => {
    const before = doc(
      p('a', 'Vi har många undersköterskor.'),
      p('b', 'Detta stycke tas bort.'),
      p('c', 'Oförändrat.'),
    );
    const after = doc(p('x', 'Nytt först.'), p('a', 'Vi har få undersköterskor.'), p('c', 'Oförändrat.'));
    const blocks = diffDocuments(before, after);
    expect(blocks.map((b) => [b.id, b.status])).toEqual([
      ['x', 'added'],
      ['a', 'changed'],
      ['b', 'removed'],
      ['c', 'same'],
    ]);
    const changed = blocks[1]!.parts.filter((part) => part.change !== 'same').map((part) => [part.change, part.text]);
    expect(changed).toEqual([
      ['removed', 'många'],
      ['added', 'få'],
    ]);
    expect(diffSummary(blocks)).toEqual({ same: 1, changed: 1, added: 1, removed: 1 });
  });
});

describe('template and rollover', () => {
  it('follows the instruction: the five questions, one section per department, risks, follow-up, summary', () => {
    const sections = templateSections(
      [
        { id: 'd1', name: 'Äldreomsorg' },
        { id: 'd2', name: 'Förskola' },
      ],
      'u1',
    );
    const titles = sections.map((s) => s.title);
    for (const q of [
      'Vilka förändringar står vi inför?',
      'Vilken kompetens behöver vi?',
      'Vilken kompetens har vi?',
      'Hur kan vi skaffa den kompetens vi saknar?',
      'Är vi på rätt väg?',
    ]) {
      expect(titles).toContain(q);
    }
    expect(titles.indexOf('Äldreomsorg')).toBeGreaterThan(
      titles.indexOf('Strategisk inriktning – UBARA och SKR:s strategier'),
    );
    expect(titles.slice(-3)).toEqual(['Riskbedömning', 'Uppföljning', 'Sammanfattning']);
    expect(sections.filter((s) => s.departmentId).map((s) => s.departmentId)).toEqual(['d1', 'd2']);
    expect(sections).toHaveLength(TEMPLATE.length - 1 + 2);
    expect(planTitle(2028)).toBe('Kompetensförsörjningsplan 2028–2030');
  });

  it('rolls over live sections with owners, skips removed ones, and adds one follow-up section before the risks', () => {
    const body = textToDocument('Text');
    const sections = rolloverSections(
      [
        { title: 'Inledning', body, ownerId: 'anna', departmentId: null, kind: null, removedAt: null },
        { title: 'Gammalt', body, ownerId: 'anna', departmentId: null, kind: null, removedAt: new Date() },
        {
          title: FOLLOW_UP_TITLE,
          body,
          ownerId: 'anna',
          departmentId: null,
          kind: 'previous-activities',
          removedAt: null,
        },
        { title: 'Riskbedömning', body, ownerId: null, departmentId: 'd1', kind: null, removedAt: null },
      ],
      'Plan 2027–2029',
      'hr',
    );
    expect(sections.map((s) => [s.title, s.ownerId])).toEqual([
      ['Inledning', 'anna'],
      [FOLLOW_UP_TITLE, 'hr'],
      ['Riskbedömning', 'hr'],
    ]);
    expect(sections[2]!.departmentId).toBe('d1');
  });
});

describe('cleanPastedHtml (Word)', () => {
  it('keeps structure, loses Word’s junk, and turns list paragraphs into a list', () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style>p.MsoNormal{margin:0}</style></head><body>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->
<h2 class="MsoHeading2" style="mso-outline-level:2">Rubrik</h2>
<p class="MsoNormal" style="mso-margin-top-alt:auto" onclick="alert(1)">Text<o:p></o:p></p>
<p class="MsoListParagraphCxSpFirst" style="text-indent:-18pt"><span style="font-family:Symbol">·<span>&nbsp;&nbsp;</span></span>Första</p>
<p class="MsoListParagraphCxSpLast"><span>·<span>&nbsp;</span></span>Andra</p>
</body></html>`;
    const clean = cleanPastedHtml(word);
    expect(clean).not.toMatch(/Mso|mso-|<o:p|<style|<xml|onclick|<meta/i);
    expect(clean).toContain('<h2>Rubrik</h2>');
    expect(clean).toMatch(/<ul><li><p>(<span>)?Första/);
    expect(clean).toContain('Andra</p></li></ul>');
  });
});

describe('figure markers in seed texts', () => {
  it('turns {{measure|dimension=value|year}} into a live figure and leaves anything else as text', () => {
    const doc = textToDocument('Vi har {{headcount|employmentForm=permanent|2024}} anställda {{inte|en markör}}.');
    expect(doc.content[0]!.content).toEqual([
      { type: 'text', text: 'Vi har ' },
      { type: 'liveFigure', attrs: { measure: 'headcount', dimensions: { employmentForm: 'permanent' }, year: 2024 } },
      { type: 'text', text: ' anställda {{inte|en markör}}.' },
    ]);
  });
});
