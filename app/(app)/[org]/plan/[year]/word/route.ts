import { planDocx } from '@/lib/export/plan-docx';
import { planDownloadRoute } from '@/lib/export/plan-route';

/** The plan as the nämnd's Word document (issue 18). */
export const GET = planDownloadRoute('docx', ({ doc }) => planDocx(doc));
