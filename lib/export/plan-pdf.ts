import 'server-only';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { createSemaphore } from '../concurrency/semaphore';
import { chromiumPath } from './chromium-path';
import type { PlanDocument } from './plan-document-model';
import { pageTemplates, planHtml } from './plan-html';

/**
 * The plan as a tagged PDF: the print view (plan-html.ts) printed by headless Chromium through playwright-core,
 * with `tagged` (structure tree: headings, lists, tables, figure alt text) and `outline` (bookmarks from the
 * headings). The page is set from a string, never navigated: no request leaves the browser. One PDF at a time
 * per server process, so an export never takes both cores from other users' pages; the browser is kept a minute
 * after the last PDF (starting it costs more than printing). Where no Chromium is
 * installed, `PdfRendererMissing`, which the route answers with a Swedish 503 (the .docx works regardless).
 */

export class PdfRendererMissing extends Error {
  constructor() {
    super('PDF renderer (Chromium) not found');
  }
}

export class PdfRendererBusy extends Error {
  constructor() {
    super('PDF renderer busy');
  }
}

export const PDF_RENDERER_BUSY_MESSAGE = 'Många PDF:er skapas just nu. Försök igen om en stund.';

export const PDF_RENDERER_MISSING_MESSAGE =
  'PDF kan inte skapas på den här servern just nu: programmet som skapar PDF saknas. Ladda ner planen som Word (.docx) i stället.';

/** Whether this server can print PDFs (the plan page says so beside the control when it cannot). */
export function pdfRendererAvailable(): boolean {
  return existsSync(/*turbopackIgnore: true*/ chromiumPath());
}

const oneAtATime = createSemaphore(1, 30_000);
/** Chromium takes seconds to start on a busy server: one is kept for a minute after the last PDF, then closed. */
const IDLE_CLOSE_MS = 60_000;
let running: Promise<Browser> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

async function browser(): Promise<Browser> {
  if (idleTimer) clearTimeout(idleTimer);
  const current = running && (await running.catch(() => null));
  if (current?.isConnected()) return current;
  running = import('playwright-core').then(({ chromium }) =>
    chromium.launch({
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    }),
  );
  try {
    return await running;
  } catch (error) {
    // A Chromium that cannot start (or a missing playwright-core) is a missing renderer, not a failed export.
    console.error('[export] Chromium could not be started for a PDF', error);
    running = null;
    throw new PdfRendererMissing();
  }
}

function closeWhenIdle() {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => void closePdfRenderer(), IDLE_CLOSE_MS);
  idleTimer.unref();
}

/** Closes the kept Chromium (on idle, and for scripts that end). */
export async function closePdfRenderer(): Promise<void> {
  const closing = running;
  running = null;
  await (await closing?.catch(() => null))?.close();
}

export async function planPdf(doc: PlanDocument): Promise<Buffer> {
  if (!pdfRendererAvailable()) throw new PdfRendererMissing();
  const release = await oneAtATime.acquire();
  if (!release) throw new PdfRendererBusy();
  try {
    const context = await (await browser()).newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      // Nothing outside the page itself is ever fetched.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(planHtml(doc), { waitUntil: 'load' });
      const { header, footer } = pageTemplates(doc);
      return await page.pdf({
        format: 'A4',
        tagged: true,
        outline: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: header,
        footerTemplate: footer,
        margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' },
      });
    } finally {
      await context.close();
    }
  } finally {
    closeWhenIdle();
    release();
  }
}
