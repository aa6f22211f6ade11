/**
 * Cleans HTML pasted from Word before the editor parses it: Word's conditional comments, XML islands, styles,
 * classes and empty <o:p> go, and its list paragraphs (MsoListParagraph…, with a typed bullet or number) become
 * real lists. The editor's schema then keeps only what it knows. Pure string work, so it runs and is tested
 * without a DOM.
 */
export function cleanPastedHtml(html: string): string {
  let out = html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(style|script|xml|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(meta|link)\b[^>]*>/gi, '')
    .replace(/<\/?o:p[^>]*>/gi, '')
    .replace(/<\/?(?:w|m|v|o):[^>]*>/gi, '');
  out = convertWordLists(out);
  return out
    .replace(/\s(?:class|style|lang|align|width|height|valign|on\w+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/<span>\s*<\/span>/gi, '')
    .replace(/&nbsp;/g, ' ');
}

const LIST_PARAGRAPH = /<p\b[^>]*class\s*=\s*["']?MsoListParagraph\w*["']?[^>]*>([\s\S]*?)<\/p>/gi;
const MARKER = /^(?:\s|&nbsp;|<[^>]+>)*([·•§o\-–]|\d+[.)]|[a-z][.)])(?:\s|&nbsp;|<[^>]+>)+/i;

function convertWordLists(html: string): string {
  // Consecutive list paragraphs become one list; numbered markers make it ordered.
  return html.replace(/(?:<p\b[^>]*class\s*=\s*["']?MsoListParagraph\w*["']?[^>]*>[\s\S]*?<\/p>\s*)+/gi, (run) => {
    const items = [...run.matchAll(LIST_PARAGRAPH)].map((m) => m[1]!);
    const ordered =
      items.length > 0 &&
      /^\d+[.)]$/.test(
        items[0]!
          .replace(/<[^>]+>/g, '')
          .trim()
          .split(/\s|&nbsp;/)[0] ?? '',
      );
    const tag = ordered ? 'ol' : 'ul';
    const lis = items.map((item) => `<li><p>${item.replace(MARKER, '').trim()}</p></li>`).join('');
    return `<${tag}>${lis}</${tag}>`;
  });
}
