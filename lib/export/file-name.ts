/**
 * File names for exports: what the file is, in ASCII ("Kompetensforsorjningsplan-2026-Socialforvaltningen-
 * faststalld.docx"), so that every mail client, file share and Content-Disposition carries it unchanged. Pure.
 */

const LETTERS: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', Å: 'A', Ä: 'A', Ö: 'O', é: 'e', É: 'E', ü: 'u' };

/** Each part transliterated (å ä ö → a a o), spaces to hyphens, anything else outside [A-Za-z0-9-] dropped. */
export function exportFileName(parts: string[], ext: string): string {
  const safe = parts
    .map((part) =>
      part
        .replace(/[åäöÅÄÖéÉü]/g, (c) => LETTERS[c] ?? '')
        .normalize('NFKD')
        .replace(/[\s_–—]+/g, '-')
        .replace(/[^A-Za-z0-9-]/g, '')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, ''),
    )
    .filter(Boolean);
  const extension = ext.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return `${(safe.join('-') || 'export').slice(0, 150)}.${extension}`;
}
