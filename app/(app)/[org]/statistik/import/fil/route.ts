import type { ImportEvent } from '@/lib/statistics/import-schemas';
import { MAX_FILE_BYTES } from '@/lib/statistics/import';
import { handleImportRequest } from '@/lib/statistics/import-request';

/**
 * The statistics upload. A route handler rather than a server action because a large file needs progress:
 * the browser sees the upload advance (XHR), and this response streams the checking and writing as NDJSON.
 */
export async function POST(request: Request): Promise<Response> {
  // Same-origin only: the session cookie would otherwise let another site post on the user's behalf.
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!origin || new URL(origin).host !== host) {
    return new Response('Förfrågan kommer inte från Kompetensplan.', { status: 403 });
  }
  if (Number(request.headers.get('content-length') ?? 0) > MAX_FILE_BYTES + 1024 * 1024) {
    return stream(async (send) =>
      send({
        type: 'result',
        state: {
          status: 'error',
          error: `Filen är för stor. Största tillåtna storlek är ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
          problems: [],
        },
      }),
    );
  }
  const form = await request.formData();
  return stream(async (send) => {
    const state = await handleImportRequest(form, (stage, done, total) =>
      send({ type: 'progress', stage, done, total }),
    );
    send({ type: 'result', state });
  });
}

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
