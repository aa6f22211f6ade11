/**
 * The plan's print view as one self-contained HTML page, from the one document model (plan-document-model.ts),
 * for Chromium to print as a tagged PDF (plan-pdf.ts): `<html lang="sv">`, a title, real headings (they become
 * the PDF's bookmarks), tables with header cells, charts as inline SVG with role="img" and their alternative text.
 * Every text is escaped here; nothing from the plan is ever written as markup, and no external resource is named.
 */
import type { Block, DocumentSection, Inline, PlanDocument } from './plan-document-model';

export function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
@page { size: A4; margin: 22mm 20mm 22mm 20mm; }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
h1 { font-size: 24pt; margin: 0 0 8pt; color: #1f3b57; }
h2 { font-size: 16pt; margin: 20pt 0 6pt; color: #1f3b57; break-after: avoid; }
h3 { font-size: 13pt; margin: 14pt 0 4pt; color: #1f3b57; break-after: avoid; }
h4 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
.title-page { padding-top: 50mm; break-after: page; }
.toc { break-after: page; }
.title-page dl { display: grid; grid-template-columns: max-content 1fr; gap: 4pt 12pt; font-size: 12pt; }
.title-page dt { font-weight: bold; }
.title-page dd { margin: 0; }
.draft { color: #b00020; font-weight: bold; }
.meta { font-style: italic; }
.toc ol { padding-left: 18pt; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; font-size: 9pt; }
th, td { border: 1px solid #888; padding: 3pt 4pt; text-align: left; vertical-align: top; }
th { background: #e8eef3; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
caption { text-align: left; font-weight: bold; padding-bottom: 3pt; }
figure { margin: 8pt 0; break-inside: avoid; }
.notes { font-size: 8.5pt; }
blockquote { margin: 6pt 0 6pt 18pt; }
`;

export function planHtml(doc: PlanDocument): string {
  const sections = [...doc.sections, doc.activities, ...doc.registers];
  return `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>
<meta name="author" content="${escapeHtml(doc.organization)}">
<style>${STYLE}</style></head><body>
<section class="title-page">
${doc.draft ? '<p class="draft">Utkast</p>' : ''}
<h1>${escapeHtml(doc.title)}</h1>
<dl>
${row('Förvaltning', doc.organization)}${row('Nämnd', doc.board)}${row('Planperiod', doc.period)}${row('Status', doc.status)}${row('Version', `${doc.version}, ${doc.date}`)}${doc.diarienummer ? row('Diarienummer', doc.diarienummer) : ''}
</dl>
${doc.decision ? `<p>${escapeHtml(doc.decision)}</p>` : ''}
</section>
<nav class="toc" aria-label="Innehåll"><p><strong>Innehåll</strong></p><ol>
${doc.focusStrategies.length ? '<li>Fokus bland SKR:s strategier</li>' : ''}${sections.map((s) => `<li>${escapeHtml(s.title)}</li>`).join('')}
</ol></nav>
${
  doc.focusStrategies.length
    ? `<section><h2>Fokus bland SKR:s strategier</h2><ul>${doc.focusStrategies.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul></section>`
    : ''
}
${sections.map(section).join('\n')}
</body></html>`;
}

/** The running header and footer Chromium prints on every page ("Utkast" on each page of a draft). */
export function pageTemplates(doc: PlanDocument): { header: string; footer: string } {
  const small = 'font-family: Arial, sans-serif; font-size: 8pt; width: 100%; margin: 0 20mm; color: #333;';
  const header = `<div style="${small} text-align: right;">${
    doc.draft ? '<span style="color: #b00020; font-weight: bold;">Utkast</span> – ' : ''
  }${escapeHtml(doc.title)}${doc.draft ? '' : ` – ${escapeHtml(doc.status)}`}</div>`;
  const footer = `<div style="${small} text-align: center;">${escapeHtml(doc.organization)} · Sida <span class="pageNumber"></span> av <span class="totalPages"></span></div>`;
  return { header, footer };
}

const row = (label: string, value: string) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`;

function section(s: DocumentSection): string {
  return `<section><h2>${escapeHtml(s.title)}</h2>${s.meta ? `<p class="meta">${escapeHtml(s.meta)}</p>` : ''}${blocks(s.blocks)}${
    s.notes.length
      ? `<aside class="notes" aria-label="Siffror i avsnittet"><p><strong>Siffror i avsnittet</strong></p><ol>${s.notes
          .map((n) => `<li>${escapeHtml(n)}</li>`)
          .join('')}</ol></aside>`
      : ''
  }</section>`;
}

function inlines(list: Inline[]): string {
  return list
    .map((inline) => {
      if (inline.kind === 'break') return '<br>';
      if (inline.kind === 'figure') return `${escapeHtml(inline.text)}<sup>${inline.note}</sup>`;
      let out = escapeHtml(inline.text);
      if (inline.bold) out = `<strong>${out}</strong>`;
      if (inline.italic) out = `<em>${out}</em>`;
      if (inline.underline) out = `<u>${out}</u>`;
      if (inline.strike) out = `<s>${out}</s>`;
      if (inline.code) out = `<code>${out}</code>`;
      if (inline.href) out = `<a href="${escapeHtml(inline.href)}">${out}</a>`;
      return out;
    })
    .join('');
}

function blocks(list: Block[]): string {
  return list.map(block).join('');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return b.level === 2 ? `<h3>${inlines(b.inlines)}</h3>` : `<h4>${inlines(b.inlines)}</h4>`;
    case 'paragraph':
      return `<p>${inlines(b.inlines)}</p>`;
    case 'list': {
      const items = b.items.map((item) => `<li>${blocks(item)}</li>`).join('');
      return b.ordered ? `<ol start="${b.start}">${items}</ol>` : `<ul>${items}</ul>`;
    }
    case 'quote':
      return `<blockquote>${blocks(b.blocks)}</blockquote>`;
    case 'rule':
      return '<hr>';
    case 'table': {
      const row = (cells: (typeof b.rows)[number], header: boolean) =>
        `<tr>${cells
          .map((c) => {
            const tag = c.header ? 'th' : 'td';
            const scope = c.header ? (header ? ' scope="col"' : ' scope="row"') : '';
            const span = `${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}`;
            return `<${tag}${scope}${span}>${blocks(c.blocks)}</${tag}>`;
          })
          .join('')}</tr>`;
      const head = b.rows.slice(0, b.headerRows);
      const body = b.rows.slice(b.headerRows);
      return `<table>${head.length ? `<thead>${head.map((r) => row(r, true)).join('')}</thead>` : ''}<tbody>${body
        .map((r) => row(r, false))
        .join('')}</tbody></table>`;
    }
    case 'data-table':
      return `<table><caption>${escapeHtml(b.caption)}</caption>${
        b.widths ? `<colgroup>${b.widths.map((w) => `<col style="width: ${w}%">`).join('')}</colgroup>` : ''
      }<thead><tr>${b.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'chart':
      // The SVG is drawn by chart-svg.ts from numbers and escaped labels only.
      return `<figure role="img" aria-label="${escapeHtml(b.chart.alt)}">${b.chart.svg}</figure>`;
  }
}
