/** The forms of the Kolada admin page: shared by the forms and the system actions. */
import { z } from 'zod';
import { requestIdField } from '../auth/guard-schemas';
import { KPI_ID, MUNICIPALITY_ID } from './format';
import { MAX_KOLADA_FILE_BYTES } from './file-import';
import { OWN_MEASURE_KEYS } from './own-measures';

const YEARS_MESSAGE = 'Ange år som 2020–2024 eller 2022, 2023, 2024 (mellan 2000 och 2100, högst 15 år).';

/** "2020–2024", "2020-2024" or "2022, 2024". */
export function parseYears(text: string): number[] | null {
  const range = /^\s*(\d{4})\s*[–-]\s*(\d{4})\s*$/.exec(text);
  const years = range
    ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i)
    : text
        .split(/[,\s]+/)
        .filter(Boolean)
        .map(Number);
  const ok =
    years.length > 0 && years.length <= 15 && years.every((y) => Number.isInteger(y) && y >= 2000 && y <= 2100);
  return ok ? [...new Set(years)].sort((a, b) => a - b) : null;
}

const years = z.string().transform((text, ctx) => {
  const parsed = parseYears(text);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', message: YEARS_MESSAGE });
    return z.NEVER;
  }
  return parsed;
});

const municipalities = z.string().transform((text, ctx) => {
  const ids = [...new Set(text.split(/[,\s]+/).filter(Boolean))];
  if (ids.length === 0 || ids.length > 300 || !ids.every((id) => MUNICIPALITY_ID.test(id))) {
    ctx.addIssue({ code: 'custom', message: 'Ange kommunernas id med fyra siffror, t.ex. 0180, 0000 (riket).' });
    return z.NEVER;
  }
  return ids;
});

export const fetchKoladaSchema = z.strictObject({ requestId: requestIdField, municipalities, years });

const file = z
  .instanceof(File, { error: 'Välj en fil att importera.' })
  .refine((f) => f.name !== '' || f.size > 0, 'Välj en fil att importera.')
  .refine((f) => f.name.length <= 255, 'Filnamnet är för långt: högst 255 tecken.')
  .refine((f) => f.size <= MAX_KOLADA_FILE_BYTES, 'Filen är för stor. Största tillåtna storlek är 5 MB.');

/** A preview writes nothing, so it keeps no receipt. */
export const previewKoladaFileSchema = z
  .strictObject({ requestId: requestIdField, file, checksum: z.string().optional() })
  .transform(({ file }) => ({ file, requestId: undefined }));

export const importKoladaFileSchema = z.strictObject({
  requestId: requestIdField,
  file,
  checksum: z.string().regex(/^[0-9a-f]{64}$/, 'Förhandsgranska filen innan du importerar den.'),
});

const kpiId = z.string().trim().regex(KPI_ID, 'Ange Koladas id för nyckeltalet, t.ex. N00090.');

export const saveKoladaKpiSchema = z.strictObject({
  requestId: requestIdField,
  id: kpiId,
  title: z.string().trim().min(3, 'Ange nyckeltalets titel som Kolada skriver den.').max(300, 'Titeln är för lång.'),
  ownMeasure: z
    .union([z.literal(''), z.enum(OWN_MEASURE_KEYS as [string, ...string[]], 'Välj ett eget mått i listan.')])
    .transform((v) => (v === '' ? null : v)),
  definitionNote: z.string().trim().max(500, 'Högst 500 tecken.').default(''),
});

export const removeKoladaKpiSchema = z.strictObject({ requestId: requestIdField, id: kpiId });

export const saveKoladaSettingsSchema = z.strictObject({
  requestId: requestIdField,
  comparisonGroupId: z
    .string()
    .max(100, 'Ogiltigt val.')
    .transform((v) => (v === '' ? null : v)),
});

export type KoladaFilePreview = {
  fileName: string;
  checksum: string;
  rowCount: number;
  kpis: string[];
  municipalities: string[];
  years: number[];
  /** KPIs in the file that the comparison list does not hold: stored, but shown nowhere until added. */
  unlisted: string[];
  missingValues: number;
};

export type KoladaActionData = { message: string };
