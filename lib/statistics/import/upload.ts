import 'server-only';
import { createSemaphore } from '../../concurrency/semaphore';
import { env } from '../../env';
import { readBodyLimited } from '../../http/read-body';
import { appOrigin, isSameOrigin } from '../../http/same-origin';
import { MAX_FILE_BYTES, megabytes } from './limits';

/** The file plus the form's few short fields and the multipart boundaries. */
export const MAX_UPLOAD_BYTES = MAX_FILE_BYTES + 64 * 1024;

/**
 * Parsing a large file costs memory (an XLSX several times its size): at most two uploads are read at once in
 * this process; a third waits a few seconds for a place, then is asked to try again.
 */
export const UPLOAD_SLOTS = 2;
export const UPLOAD_SLOT_WAIT_MS = 5_000;
const globalSlots = globalThis as typeof globalThis & {
  __kompetensplanUploadSlots?: ReturnType<typeof createSemaphore>;
};
export const uploadSlots = (globalSlots.__kompetensplanUploadSlots ??= createSemaphore(
  UPLOAD_SLOTS,
  UPLOAD_SLOT_WAIT_MS,
));

export type Refusal = { status: number; message: string };

const refused = (status: number, message: string): { ok: false; refusal: Refusal } => ({
  ok: false,
  refusal: { status, message },
});

/** The upload must come from the app's own pages: the session cookie would let another site post. */
export async function checkUploadOrigin(request: Request): Promise<(Refusal & { what: string }) | null> {
  if (isSameOrigin(request.headers.get('origin'), appOrigin(env(), request.headers))) return null;
  return { status: 403, message: 'Förfrågan kommer inte från Kompetensplan.', what: 'cross-origin' };
}

const TOO_LARGE = `Filen är för stor. Största tillåtna storlek är ${megabytes(MAX_FILE_BYTES)}.`;

/** Reads the multipart form with a hard limit (a stream, also without content-length). */
export async function readUploadForm(
  request: Request,
): Promise<{ ok: true; form: FormData } | { ok: false; refusal: Refusal }> {
  const body = await readBodyLimited(request, MAX_UPLOAD_BYTES);
  if (!body.ok) {
    return body.reason === 'tooLarge'
      ? refused(413, TOO_LARGE)
      : refused(400, 'Filen kunde inte tas emot. Försök igen.');
  }
  try {
    const type = request.headers.get('content-type') ?? '';
    if (!type.startsWith('multipart/form-data')) throw new TypeError('not multipart');
    const form = await new Response(body.bytes, { headers: { 'content-type': type } }).formData();
    return { ok: true, form };
  } catch {
    return refused(400, 'Förfrågan kunde inte läsas. Välj filen igen och försök på nytt.');
  }
}

export const BUSY_MESSAGE = 'Servern är upptagen, försök igen om en stund.';
