/**
 * Field limits the activity forms show in the browser (maxLength). Kept apart from schemas.ts, which builds zod
 * schemas when it loads: a client component importing a constant from there ships all of zod (~65 kB gzip).
 */
export const FOLLOW_UP_COMMENT_MAX = 2000;
