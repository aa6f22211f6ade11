/**
 * Pure import of aggregate staff statistics (CSV/XLSX). No database, no Next.js. (This barrel is the parser; the
 * folder also holds the server side: changes.ts compares a file with the stored figures, service.ts commits it,
 * request.ts handles the upload route's request.)
 * parseImportFile → { ok: true, preview } | { ok: false, problems }; nothing is ever partially accepted.
 * Formats per measure group: IMPORT_GROUPS (columns.ts); general rules: IMPORT_RULES; totals: totals.ts.
 */
export { parseImportFile, capProblems } from './parse-import-file';
export {
  GROUPS as IMPORT_GROUPS,
  groupLabel,
  type ColumnDefinition,
  type ColumnKey,
  type ColumnType,
  type GroupDefinition,
} from './columns';
export { renderTemplateCsv, renderTemplateXlsx, templateRows, type TemplateOptions } from './template';
export { escapeCsvCell, quoteCsvCell } from './escape';
export { IMPORT_RULES } from './rules';
export { meanToIndex } from './map-survey-row';
export { tertialEnded } from './map-rows';
export {
  MAX_FILE_BYTES,
  MAX_UNCOMPRESSED_BYTES,
  MAX_COMPRESSION_RATIO,
  MAX_ZIP_ENTRIES,
  MAX_DATA_ROWS,
  MAX_PROBLEMS,
  MAX_TEXT_LENGTH,
  MIN_YEAR,
} from './limits';
export type { AllowedValue } from './values';
export * from './types';
