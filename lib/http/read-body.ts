/**
 * Reads a request body as a stream with a hard byte limit: a declared or chunked body over the limit is
 * refused as soon as it passes the limit, so nothing larger is ever held in memory.
 */
export type LimitedBody =
  { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: 'tooLarge' | 'unreadable' };

export async function readBodyLimited(request: Request, limit: number): Promise<LimitedBody> {
  const declared = request.headers.get('content-length');
  // Cancelling is not awaited: the body of a clone (a tee) finishes cancelling only once its twin is read too.
  if (declared !== null && Number(declared) > limit) {
    void request.body?.cancel().catch(() => {});
    return { ok: false, reason: 'tooLarge' };
  }
  if (!request.body) return { ok: true, bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        void reader.cancel().catch(() => {});
        return { ok: false, reason: 'tooLarge' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const bytes = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
