import { type MatrixCase, formData, page } from '../cases';

const SYSTEM = ['systemAdmin'] as const;
const koladaActions = () => import('@/app/(app)/_actions/kolada');

/** Kolada's shared reference data and values: system administrators only (issue 21). */
function unreachableKolada() {
  // No test reaches the internet: the allowed caller's fetch fails fast against a closed local port.
  process.env.KOLADA_URL = 'http://127.0.0.1:9';
  process.env.KOLADA_BACKOFF_MS = '1';
}

const koladaFile = () =>
  new File(
    [
      JSON.stringify({
        values: [{ kpi: 'N00090', municipality: '0180', period: 2024, values: [{ gender: 'T', value: 6.1 }] }],
      }),
    ],
    'kolada.json',
  );

export const koladaCases: MatrixCase[] = [
  {
    entry: 'page /system/kolada',
    allowed: SYSTEM,
    call: page(
      () => import('@/app/(app)/system/kolada/page'),
      () => ({}),
    ),
  },
  {
    entry: 'action app/(app)/_actions/kolada.ts#fetchFromKolada',
    allowed: SYSTEM,
    call: async () => {
      unreachableKolada();
      return (await koladaActions()).fetchFromKolada(null, formData({ municipalities: '0180, 0000', years: '2024' }));
    },
  },
  {
    entry: 'action app/(app)/_actions/kolada.ts#previewKoladaFile',
    allowed: SYSTEM,
    call: async () => (await koladaActions()).previewKoladaFile(null, formData({ file: koladaFile() })),
  },
  {
    entry: 'action app/(app)/_actions/kolada.ts#importKoladaFile',
    allowed: SYSTEM,
    call: async () => {
      const bytes = new Uint8Array(await koladaFile().arrayBuffer());
      const { createHash } = await import('node:crypto');
      const checksum = createHash('sha256').update(bytes).digest('hex');
      return (await koladaActions()).importKoladaFile(null, formData({ file: koladaFile(), checksum }));
    },
  },
  {
    entry: 'action app/(app)/_actions/kolada.ts#saveKoladaKpi',
    allowed: SYSTEM,
    call: async () =>
      (await koladaActions()).saveKoladaKpi(
        null,
        formData({
          id: 'N00090',
          title: 'Sjukfrånvaro totalt, kommun, (%)',
          ownMeasure: 'sickLeave',
          definitionNote: '',
        }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/kolada.ts#removeKoladaKpi',
    allowed: SYSTEM,
    // A KPI not in the list: the system administrator is let in and told so; the others are refused before that.
    call: async () => (await koladaActions()).removeKoladaKpi(null, formData({ id: 'N09999' })),
  },
  {
    entry: 'action app/(app)/_actions/kolada.ts#saveKoladaSettings',
    allowed: SYSTEM,
    call: async () => (await koladaActions()).saveKoladaSettings(null, formData({ comparisonGroupId: '' })),
  },
];
