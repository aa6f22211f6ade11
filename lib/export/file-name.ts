/**
 * Names of exported files and their Content-Disposition. Pure. A name says what the file is
 * ("Personalstatistik-2025-Socialforvaltningen.xlsx") in plain ASCII, so no user input (an organisation's or a
 * department's name) ever reaches the header unescaped.
 */

const TRANSLITERATE: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', Å: 'A', Ä: 'A', Ö: 'O', É: 'E' };

/** One part of a name: å→a, ä→a, ö→o, é→e, anything else outside [A-Za-z0-9-] dropped (spaces become dashes). */
function namePart(part: string): string {
  return part
    .replace(/[åäöéÅÄÖÉ]/g, (c) => TRANSLITERATE[c]!)
    .replace(/[–—]/g, '-') // "2027–2029" stays a range
    .replace(/\s+/g, '-')
    .replace(/[^A-Za-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

export function exportFileName(parts: string[], ext: string): string {
  const name = parts.map(namePart).filter(Boolean).join('-') || 'export';
  return `${name.slice(0, 150)}.${ext.replace(/[^a-z0-9]/gi, '')}`;
}

/** The header for a download: an attachment with the (already ASCII) name, quoted. */
export function contentDisposition(fileName: string): string {
  const safe = fileName.replace(/[^A-Za-z0-9._-]/g, '');
  return `attachment; filename="${safe}"`;
}
