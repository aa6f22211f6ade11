/** The forms of "Befolkningsprognos": shared by the forms (limits, names) and the server actions. */
import { z } from 'zod';
import { orgSlug, requestIdField } from '../auth/guard-schemas';
import { parseSwedishNumber } from '../statistics/import/text';
import { AGE_GROUPS } from './population-age-groups';
import { MAX_POPULATION_FILE_BYTES } from './population-limits';

export { MAX_POPULATION_FILE_BYTES } from './population-limits';

export const MAX_FILE_NAME_LENGTH = 255;

export const vintageLabel = (vintageYear: number) => `prognos ${vintageYear}`;

const year = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{4}$/, message)
    .transform(Number)
    .pipe(z.number().min(2000, message).max(2100, message));

const id = z.string().min(1, 'Ogiltigt val.').max(100, 'Ogiltigt val.');

/** A number as Swedes write it ("7,5"), at most two decimals. */
const swedishNumber = (message: string) =>
  z.string({ error: message }).transform((text, ctx) => {
    const parsed = parseSwedishNumber(text);
    if (!parsed.ok || parsed.decimals > 2 || Math.abs(parsed.value) >= 1e8) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return parsed.value;
  });

const file = z
  .instanceof(File, { error: 'Välj en fil att importera.' })
  // A form submitted with no file chosen sends an empty, nameless one.
  .refine((f) => f.name !== '' || f.size > 0, 'Välj en fil att importera.')
  .refine((f) => f.name.length <= MAX_FILE_NAME_LENGTH, `Filnamnet är för långt: högst ${MAX_FILE_NAME_LENGTH} tecken.`)
  .refine((f) => f.size <= MAX_POPULATION_FILE_BYTES, 'Filen är för stor. Största tillåtna storlek är 900 kB.');

const vintageYear = year('Ange prognosåret med fyra siffror, t.ex. 2025 för "prognos 2025".');

/** A preview writes nothing, so it keeps no receipt: the form's requestId is accepted and dropped. */
export const previewPopulationSchema = z
  .strictObject({ org: orgSlug, requestId: requestIdField, vintageYear, file, checksum: z.string().optional() })
  .transform(({ requestId: _, checksum: __, ...rest }) => rest);

export const importPopulationSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  vintageYear,
  file,
  checksum: z.string().regex(/^[0-9a-f]{64}$/, 'Förhandsgranska filen innan du importerar den.'),
});

export const staffingRatioSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  occupationId: id,
  ageGroup: z.enum(AGE_GROUPS, 'Välj en åldersgrupp.'),
  staff: swedishNumber('Skriv bemanningstalet som ett tal, t.ex. 7,5.').refine(
    (value) => value > 0,
    'Bemanningstalet måste vara större än noll.',
  ),
  perResidents: z
    .string()
    .trim()
    .regex(/^\d{1,7}$/, 'Skriv antalet invånare som ett heltal, t.ex. 100.')
    .transform(Number)
    .pipe(z.number().min(1, 'Antalet invånare måste vara större än noll.')),
  validFrom: year('Ange från vilket år bemanningstalet gäller, t.ex. 2027.'),
});

export const volumeChangeSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  occupationId: id,
  year: year('Ange året med fyra siffror, t.ex. 2027.'),
  change: swedishNumber('Skriv förändringen som ett tal, t.ex. 12 eller -3,5.'),
});

export const removeEntrySchema = z.strictObject({ org: orgSlug, requestId: requestIdField, id });

export const organizationDistrictsSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  districtIds: z.array(id).max(50).default([]),
});

/** A preview's answer: what would be stored and what it replaces. */
export type PopulationPreview = {
  vintage: string;
  vintageYear: number;
  fileName: string;
  checksum: string;
  rowCount: number;
  districts: string[];
  ageGroups: string[];
  years: number[];
  /** Rows for districts the förvaltning does not serve: stored with the file, not counted in its demand. */
  otherDistrictRows: number;
  replaces: { rowCount: number; importedAt: string; fileName: string } | null;
};
