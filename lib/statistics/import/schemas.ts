/** The import form, shared by the client (size check) and the server action. */
import { z } from 'zod';
import { orgSlug } from '../../auth/guard-schemas';
import type { ImportChanges } from './changes';
import type { ImportProblem } from './types';
import { MAPPING_PREFIX, MAX_FILE_MEGABYTES } from './form-fields';
import { MAX_FILE_BYTES } from './limits';
import { MEASURE_GROUPS } from './types';

export { CREATE_NEW_OPTION, MAX_FILE_MEGABYTES, mappingFieldName } from './form-fields';

/** Stored in the import history and shown as the figures' source. */
export const MAX_FILE_NAME_LENGTH = 255;

export const importFormSchema = z.object({
  org: orgSlug,
  intent: z.enum(['preview', 'commit'], 'Ogiltig förfrågan. Ladda om sidan och försök igen.'),
  group: z.enum(MEASURE_GROUPS, { error: 'Välj vilken statistik filen innehåller.' }),
  file: z
    .instanceof(File, { error: 'Välj en fil att importera.' })
    .refine((f) => f.size > 0, 'Filen är tom.')
    .refine(
      (f) => f.name.length <= MAX_FILE_NAME_LENGTH,
      `Filnamnet är för långt: högst ${MAX_FILE_NAME_LENGTH} tecken. Byt namn på filen och försök igen.`,
    )
    .refine(
      (f) => f.size <= MAX_FILE_BYTES,
      `Filen är för stor. Största tillåtna storlek är ${MAX_FILE_MEGABYTES} MB.`,
    ),
  checksum: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'Ogiltig förfrågan. Ladda om sidan och försök igen.')
    .optional(),
  /** The preview's checkbox: replace every stored figure of the file's measures and periods. */
  replaceWhole: z.literal('on', 'Ogiltig förfrågan. Ladda om sidan och försök igen.').optional(),
});

const mappingValue = z.string().min(1).max(100);

/** Mapping choices for unknown names: fields "avdelning:<namn>" / "befattning:<namn>" → id or "skapa". */
export function readMappings(form: FormData, kind: keyof typeof MAPPING_PREFIX): Record<string, string> {
  const prefix = MAPPING_PREFIX[kind];
  const entries = [...form.entries()]
    .filter(([name, value]) => name.startsWith(prefix) && typeof value === 'string')
    .map(([name, value]) => [name.slice(prefix.length), mappingValue.parse(value)] as const);
  return Object.fromEntries(entries);
}

type Option = { id: string; name: string };

/** What the import answers: the outcome of a preview or a confirmation. */
export type ImportState =
  | { status: 'idle' }
  | { status: 'error'; error: string; problems: ImportProblem[] }
  | { status: 'planned'; changes: ImportChanges; departments: Option[]; occupations: Option[] }
  | { status: 'done'; message: string };

export type ImportStage = 'check' | 'write';

/** The import answers as a stream of lines: progress while it works, then the outcome. */
export type ImportEvent =
  { type: 'progress'; stage: ImportStage; done?: number; total?: number } | { type: 'result'; state: ImportState };
