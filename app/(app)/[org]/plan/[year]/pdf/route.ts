import { plainText } from '@/lib/auth/route-guard';
import {
  PDF_RENDERER_BUSY_MESSAGE,
  PDF_RENDERER_MISSING_MESSAGE,
  PdfRendererBusy,
  PdfRendererMissing,
  planPdf,
} from '@/lib/export/plan-pdf';
import { planDownloadRoute } from '@/lib/export/plan-route';

/** The plan as a tagged PDF (issue 18); without Chromium on the server a Swedish 503, never a 500. */
export const GET = planDownloadRoute('pdf', async ({ doc }) => {
  try {
    return await planPdf(doc);
  } catch (error) {
    if (error instanceof PdfRendererMissing) return plainText(PDF_RENDERER_MISSING_MESSAGE, 503);
    if (error instanceof PdfRendererBusy) return plainText(PDF_RENDERER_BUSY_MESSAGE, 503);
    throw error;
  }
});
