/**
 * The import form's field names and size limit, used in the browser as well as by the server action. Kept apart
 * from schemas.ts, which builds zod schemas when it loads (a client import from there ships all of zod).
 */
import { MAX_FILE_BYTES } from './limits';

export const MAX_FILE_MEGABYTES = MAX_FILE_BYTES / (1024 * 1024);

/** The mapping choice "create a new one" for a name the organisation does not have. */
export const CREATE_NEW_OPTION = '__create__';

export const MAPPING_PREFIX = { department: 'avdelning:', occupation: 'befattning:' } as const;

export function mappingFieldName(kind: keyof typeof MAPPING_PREFIX, name: string): string {
  return `${MAPPING_PREFIX[kind]}${name}`;
}
