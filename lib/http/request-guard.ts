/**
 * What proxy.ts checks before Next itself handles a request that may change data (server actions, route
 * handlers, next-auth's posts). Next answers a foreign Origin, a body over serverActions.bodySizeLimit and a
 * server-action body it cannot parse with a 500; these checks answer them first, in Swedish: 403, 413 and 400.
 * The statistics upload is not behind the proxy and checks its own origin and size (lib/statistics/import/upload.ts).
 */
import { megabytes } from '../statistics/import/limits';
import { appOrigin, isSameOrigin } from './same-origin';
import { readBodyLimited } from './read-body';

/** Every body but the statistics upload's; next.config.ts gives Next's own limit the same value. */
export const REQUEST_BODY_LIMIT = 1024 * 1024;

export const REQUEST_MESSAGES = {
  crossOrigin: 'Förfrågan kommer inte från Kompetensplan.',
  tooLarge: `Förfrågan är för stor (högst ${megabytes(REQUEST_BODY_LIMIT)}). Korta texten och försök igen.`,
  unreadable: 'Förfrågan kunde inte läsas. Ladda om sidan och försök igen.',
} as const;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A refusal for a request that changes data, or null to let it through. */
export async function refuseUnsafeRequest(
  request: Request,
  env: { NEXTAUTH_URL?: string | undefined },
): Promise<Response | null> {
  if (SAFE_METHODS.has(request.method)) return null;
  // Browsers send Origin with every post; a client that sends none is no browser carrying someone's cookie.
  const origin = request.headers.get('origin');
  if (origin !== null && !isSameOrigin(origin, appOrigin(env, request.headers))) {
    return refusal(403, REQUEST_MESSAGES.crossOrigin);
  }
  const body = await readBodyLimited(request.clone(), REQUEST_BODY_LIMIT);
  if (!body.ok) {
    return body.reason === 'tooLarge'
      ? refusal(413, REQUEST_MESSAGES.tooLarge)
      : refusal(400, REQUEST_MESSAGES.unreadable);
  }
  if (!(await isReadable(request, body.bytes))) return refusal(400, REQUEST_MESSAGES.unreadable);
  return null;
}

/**
 * A form (a server action posted without JavaScript, or with files) must parse as one, and a server action called
 * from JavaScript sends its arguments as JSON text: a body cut off on the way is refused before Next decodes it.
 */
async function isReadable(request: Request, bytes: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.startsWith('multipart/form-data')) {
      await new Response(bytes, { headers: { 'content-type': type } }).formData();
    } else if (request.headers.has('next-action') && type.startsWith('text/plain')) {
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    return true;
  } catch {
    return false;
  }
}

function refusal(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
