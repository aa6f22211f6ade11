/** Limits of the import, stated in the messages and the format documentation. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** XLSX is a zip: the sum of the unpacked parts may not exceed this (zip bomb guard). */
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** An entry bigger than MIN_RATIO_CHECK_BYTES that compresses better than this is not a real spreadsheet. */
export const MAX_COMPRESSION_RATIO = 200;
export const MIN_RATIO_CHECK_BYTES = 1024 * 1024;
export const MAX_ZIP_ENTRIES = 1000;
export const MAX_DATA_ROWS = 200_000;
export const MAX_PROBLEMS = 200;
export const MAX_TEXT_LENGTH = 200;
export const MIN_YEAR = 2000;
/**
 * The largest count a row may state: Stockholm stad employs some 45 000 people in all, so a larger figure for one
 * förvaltning is a typo (or a pasted id), and a count beyond the database's integer would fail only at commit.
 */
export const MAX_COUNT = 100_000;
/** Figures are stored with two decimals; more stated decimals would display digits that were not kept. */
export const MAX_DECIMALS = 2;

export const megabytes = (bytes: number): string =>
  `${(bytes / (1024 * 1024)).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;
