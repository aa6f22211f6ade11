import { createHash } from 'node:crypto';
import { type MatrixCase, formData, page } from '../cases';

const actions = () => import('@/app/(app)/_actions/population-forecast');
const CSV = 'Stadsdelsområde;Åldersgrupp;År;Antal\nNorra innerstaden;80+;2026;8000\nNorra innerstaden;80+;2027;8200\n';
const csvFile = () => new File([CSV], 'prognos.csv', { type: 'text/csv' });
const checksum = createHash('sha256').update(CSV).digest('hex');

/** "Befolkningsprognos" (issue 19, Volymförändring): read as the other Kompetensbehov pages, HR imports it. */
export const needsPopulationCases: MatrixCase[] = [
  {
    entry: 'page /[org]/kompetensbehov/[year]/befolkning',
    allowed: ['hr', 'manager', 'otherDeptManager'],
    call: page(
      () => import('@/app/(app)/[org]/kompetensbehov/[year]/befolkning/page'),
      (w) => ({ org: w.org.slug, year: '2027' }),
    ),
  },
  {
    entry: 'action app/(app)/_actions/population-forecast.ts#previewPopulationForecast',
    allowed: ['hr'],
    call: async (w) =>
      (await actions()).previewPopulationForecast(
        null,
        formData({ org: w.org.slug, vintageYear: '2025', file: csvFile() }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/population-forecast.ts#importPopulationForecast',
    allowed: ['hr'],
    call: async (w) =>
      (await actions()).importPopulationForecast(
        null,
        formData({ org: w.org.slug, vintageYear: '2025', file: csvFile(), checksum }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/population-forecast.ts#saveStaffingRatio',
    allowed: ['hr'],
    call: async (w) =>
      (await actions()).saveStaffingRatio(
        null,
        formData({
          org: w.org.slug,
          occupationId: w.ids.nurseAssistant!,
          ageGroup: '80+',
          staff: '7,5',
          perResidents: '100',
          validFrom: '2027',
        }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/population-forecast.ts#removeStaffingRatio',
    allowed: ['hr'],
    call: async (w) =>
      (await actions()).removeStaffingRatio(null, formData({ org: w.org.slug, id: w.ids.staffingRatio! })),
  },
  {
    entry: 'action app/(app)/_actions/population-forecast.ts#saveVolumeChange',
    allowed: ['hr'],
    call: async (w) =>
      (await actions()).saveVolumeChange(
        null,
        formData({ org: w.org.slug, occupationId: w.ids.nurseAssistant!, year: '2028', change: '-2' }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/population-forecast.ts#removeVolumeChange',
    allowed: ['hr'],
    call: async (w) =>
      (await actions()).removeVolumeChange(null, formData({ org: w.org.slug, id: w.ids.volumeChange! })),
  },
  {
    entry: 'action app/(app)/_actions/population-forecast.ts#saveOrganizationDistricts',
    allowed: ['hr'],
    call: async (w) =>
      (await actions()).saveOrganizationDistricts(
        null,
        formData({ org: w.org.slug, districtIds: ['stockholm-norra-innerstaden'] }),
      ),
  },
];
