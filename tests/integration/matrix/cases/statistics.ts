import { type MatrixCase, MEMBERS, formData, input, page } from '../cases';

const org = (w: { org: { slug: string } }) => ({ org: w.org.slug });

export const statisticsCases: MatrixCase[] = [
  {
    entry: 'page /[org]/statistik',
    allowed: MEMBERS,
    call: page(() => import('@/app/(app)/[org]/statistik/page'), org),
  },
  {
    entry: 'page /[org]/statistik/import',
    allowed: ['hr'],
    call: page(() => import('@/app/(app)/[org]/statistik/import/page'), org),
  },
  {
    entry: 'route GET /[org]/statistik/export',
    allowed: MEMBERS,
    call: async (w) => {
      const { GET } = await import('@/app/(app)/[org]/statistik/export/route');
      const params = input({ org: w.org.slug, format: 'xlsx' });
      const request = new Request(`http://localhost/${w.org.slug}/statistik/export?format=${params.format}`);
      return GET(request, { params: Promise.resolve({ org: params.org }) });
    },
  },
  {
    entry: 'route GET /[org]/statistik/import/mall/[group]',
    allowed: ['hr'],
    call: async (w) => {
      const { GET } = await import('@/app/(app)/[org]/statistik/import/mall/[group]/route');
      const params = input({ org: w.org.slug, group: 'headcount' });
      const request = new Request(`http://localhost/${w.org.slug}/statistik/import/mall/${params.group}`);
      return GET(request, { params: Promise.resolve(params) });
    },
  },
  {
    entry: 'route POST /[org]/statistik/import/fil',
    allowed: ['hr'],
    call: async (w) => {
      const { POST } = await import('@/app/(app)/[org]/statistik/import/fil/route');
      const csv =
        'år;avdelning;befattning;anställningsform;kön;åldersgrupp;antal\n2025;Äldreomsorg;Undersköterska;tillsvidare;kvinna;30-39;41\n';
      const body = formData({
        org: w.org.slug,
        intent: 'preview',
        group: 'headcount',
        file: new File([csv], 'personal.csv', { type: 'text/csv' }),
      });
      const request = new Request(`http://localhost/${w.org.slug}/statistik/import/fil`, {
        method: 'POST',
        headers: { origin: 'http://localhost', host: 'localhost' },
        body,
      });
      const response = await POST(request, { params: Promise.resolve({ org: w.org.slug }) });
      // The upload answers 200 with a streamed result; a refusal is a result whose state says so.
      const text = await response.text();
      if (/Behörighet saknas|inte inloggad/.test(text)) return new Response(text, { status: 403 });
      return new Response(text, { status: response.status });
    },
  },
  {
    entry: 'action app/(app)/_actions/statistics-definitions.ts#saveTurnoverDefinition',
    allowed: ['hr'],
    call: async (w) => {
      const { saveTurnoverDefinition } = await import('@/app/(app)/_actions/statistics-definitions');
      return saveTurnoverDefinition(
        null,
        formData({
          org: w.org.slug,
          definition: 'Avgångar till annan arbetsgivare ÷ medelantalet anställda (matris).',
        }),
      );
    },
  },
];
