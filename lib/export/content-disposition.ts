import { exportFileName } from './file-name';

/**
 * The Content-Disposition of a download. The name passes through exportFileName again, so whatever a caller
 * hands in, only [A-Za-z0-9-.] reaches the header: no quote, semicolon, CR/LF or non-ASCII from user input. Pure.
 */
export function contentDisposition(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const safe =
    dot > 0 ? exportFileName([fileName.slice(0, dot)], fileName.slice(dot + 1)) : exportFileName([fileName], 'bin');
  return `attachment; filename="${safe}"; filename*=UTF-8''${safe}`;
}
