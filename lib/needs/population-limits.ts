/**
 * The forecast upload's size limit, checked in the browser before sending. Kept apart from population-schemas.ts,
 * which builds zod schemas when it loads (a client import from there ships all of zod).
 */

/** Server actions take at most 1 MB (proxy.ts); a forecast of every district, age group and year is a few kB. */
export const MAX_POPULATION_FILE_BYTES = 900 * 1024;
