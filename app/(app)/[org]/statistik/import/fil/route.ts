import { z } from 'zod';
import { orgSlug } from '@/lib/auth/guard-schemas';
import { defineRoute, plainText } from '@/lib/auth/route-guard';
import type { ImportEvent } from '@/lib/statistics/import/schemas';
import { handleImportRequest } from '@/lib/statistics/import/request';
import { BUSY_MESSAGE, checkUploadOrigin, readUploadForm, uploadSlots } from '@/lib/statistics/import/upload';

/**
 * The statistics upload. A route rather than a server action because a large file needs progress: the browser
 * sees the upload advance (XHR), and this response streams the checking and writing as NDJSON. Order matters:
 * same origin, then who is asking (from the URL and the session), and only then the body, read as a stream with
 * a hard limit. Refusals answer in plain Swedish text with their status.
 */
export const POST = defineRoute({
  name: 'statistics.import.upload',
  permission: 'import:statistics',
  schema: z.object({ org: orgSlug }),
  precheck: checkUploadOrigin,
  handle: async ({ request, context }) => {
    const release = await uploadSlots.acquire();
    if (!release) {
      await request.body?.cancel().catch(() => {});
      return plainText(BUSY_MESSAGE, 503);
    }
    let streaming = false;
    try {
      const read = await readUploadForm(request);
      if (!read.ok) return plainText(read.refusal.message, read.refusal.status);
      streaming = true;
      return stream(async (send) => {
        try {
          const state = await handleImportRequest(read.form, context, (stage, done, total) =>
            send({ type: 'progress', stage, done, total }),
          );
          send({ type: 'result', state });
        } finally {
          release();
        }
      });
    } finally {
      if (!streaming) release();
    }
  },
});

function stream(work: (send: (event: ImportEvent) => void) => Promise<void>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        await work(send);
      } catch (error) {
        console.error('[import] failed', error);
        send({
          type: 'result',
          state: {
            status: 'error',
            error: 'Ett oväntat fel inträffade. Inget har sparats. Försök igen.',
            problems: [],
          },
        });
      }
      controller.close();
    },
  });
  return new Response(body, {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
