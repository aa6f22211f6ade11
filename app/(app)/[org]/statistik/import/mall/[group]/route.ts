import {
  IMPORT_GROUPS,
  MEASURE_GROUPS,
  type MeasureGroup,
  renderTemplateCsv,
  renderTemplateXlsx,
} from '@/lib/statistics/import';
import { authorizeImport } from '@/lib/statistics/import-upload';

/** Downloadable import templates (no data, but only for those who may import; refusals are audited). */
export async function GET(request: Request, { params }: { params: Promise<{ org: string; group: string }> }) {
  const { org: slug, group } = await params;
  // A mistyped template name is 404 before the permission check (lib/route-params.ts says why).
  if (!(MEASURE_GROUPS as readonly string[]).includes(group)) return new Response('Okänd mall', { status: 404 });
  const auth = await authorizeImport(slug, 'template');
  if (!auth.ok) return new Response(auth.refusal.message, { status: auth.refusal.status });
  const measureGroup = group as MeasureGroup;
  const format = new URL(request.url).searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv';
  const bytes = format === 'xlsx' ? await renderTemplateXlsx(measureGroup) : renderTemplateCsv(measureGroup);
  const name = `mall-${IMPORT_GROUPS[measureGroup].label.toLowerCase().replace(/[^a-z0-9åäö]+/g, '-')}.${format}`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type':
        format === 'xlsx'
          ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
          : 'text/csv; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Disposition': `attachment; filename="${encodeURIComponent(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });
}
