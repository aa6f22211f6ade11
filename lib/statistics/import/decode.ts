/** First line of defence: file type, size, binary sniffing and text decoding. */
import { MAX_FILE_BYTES, megabytes } from './limits';
import type { ImportProblem } from './types';

export type FileFormat = 'csv' | 'xlsx';
export type Encoding = 'utf-8' | 'windows-1252';
type Fail = { ok: false; problem: ImportProblem };

const EXTENSIONS: Record<string, FileFormat> = { csv: 'csv', xlsx: 'xlsx' };

export function formatFromFileName(fileName: string): { ok: true; format: FileFormat } | Fail {
  const ext = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  const format = EXTENSIONS[ext];
  if (format) return { ok: true, format };
  const hint = ext === 'xls' ? ' Öppna filen i Excel och spara den som .xlsx eller CSV.' : '';
  const what = ext ? `Filtypen .${ext} stöds inte.` : 'Filen saknar filändelse.';
  return fail(`${what} Ladda upp en CSV-fil (.csv) eller en Excel-fil (.xlsx).${hint}`);
}

type Signature = { name: string; bytes: readonly number[] };

// Magic numbers of files people upload by mistake; "PK" is the zip container of .xlsx.
const ZIP: Signature = { name: 'en zip-/Excel-fil', bytes: [0x50, 0x4b, 0x03, 0x04] };
const SIGNATURES: readonly Signature[] = [
  { name: 'en PNG-bild', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'en JPEG-bild', bytes: [0xff, 0xd8, 0xff] },
  { name: 'en GIF-bild', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'en PDF-fil', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'en äldre Office-fil (.xls/.doc)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'en gzip-komprimerad fil', bytes: [0x1f, 0x8b] },
  { name: 'en RAR-fil', bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: 'en 7z-fil', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  ZIP,
];

const startsWith = (bytes: Uint8Array, sig: Signature) => sig.bytes.every((b, i) => bytes[i] === b);

/** Size, emptiness and "is this really the file type its name says". */
export function checkBytes(bytes: Uint8Array, format: FileFormat): ImportProblem | undefined {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      message: `Filen är för stor (${megabytes(bytes.byteLength)}). Största tillåtna storlek är ${megabytes(MAX_FILE_BYTES)}.`,
    };
  }
  if (bytes.byteLength === 0) return { message: 'Filen är tom.' };
  const found = SIGNATURES.find((sig) => startsWith(bytes, sig));
  if (format === 'xlsx') {
    if (found === ZIP) return undefined;
    const what = found ? `är ${found.name}` : 'är ingen Excel-fil';
    const hint = found?.bytes[0] === 0xd0 ? ' Spara den som .xlsx (Excel-arbetsbok) och försök igen.' : '';
    return { message: `Filen heter .xlsx men ${what}.${hint}` };
  }
  if (found) {
    const hint = found === ZIP ? ' Byt filändelse till .xlsx om det är en Excel-arbetsbok.' : '';
    return { message: `Filen heter .csv men är ${found.name}, inte en textfil.${hint}` };
  }
  return undefined;
}

// Bytes that Windows-1252 leaves undefined: seeing one means the file is neither UTF-8 nor Windows-1252.
const UNDEFINED_IN_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
const ENCODING_HINT = 'Spara filen som "CSV UTF-8" eller "CSV (semikolonavgränsad)" i Excel och försök igen.';
// Control characters other than tab, CR and LF do not occur in real CSV text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function decodeText(bytes: Uint8Array): { ok: true; text: string; encoding: Encoding } | Fail {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(`Filen är sparad som UTF-16 (Unicode-text), vilket inte stöds. ${ENCODING_HINT}`);
  }
  if (bytes.includes(0)) {
    return fail(
      `Filen innehåller nolltecken: den är troligen sparad som UTF-16 eller är ingen textfil. ${ENCODING_HINT}`,
    );
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  let encoding: Encoding = 'utf-8';
  try {
    // ignoreBOM: false strips the BOM for us.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (hasBom) return fail(`Filen är märkt som UTF-8 men innehåller ogiltiga tecken. ${ENCODING_HINT}`);
    if (UNDEFINED_IN_1252.some((b) => bytes.includes(b))) {
      return fail(`Filens teckenkodning känns inte igen (varken UTF-8 eller Windows-1252). ${ENCODING_HINT}`);
    }
    text = new TextDecoder('windows-1252').decode(bytes);
    encoding = 'windows-1252';
  }
  if (CONTROL.test(text)) {
    return fail(
      `Filen innehåller styrtecken som inte hör hemma i en textfil. Är det verkligen en CSV-fil? ${ENCODING_HINT}`,
    );
  }
  return { ok: true, text, encoding };
}

function fail(message: string): Fail {
  return { ok: false, problem: { message } };
}
