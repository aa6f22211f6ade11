/**
 * Choices and limits the admin forms show in the browser. Kept apart from schemas.ts, which builds zod schemas when
 * it loads: a client component importing a constant from there ships all of zod (~65 kB gzip).
 */
export const DEPARTMENT_KINDS = ['DEPARTMENT', 'UNIT', 'SUPPORT'] as const;
export const DEPARTMENT_KIND_LABELS: Record<(typeof DEPARTMENT_KINDS)[number], string> = {
  DEPARTMENT: 'Avdelning',
  UNIT: 'Enhet',
  SUPPORT: 'Stödfunktion',
};

export const PASSWORD_MIN_LENGTH = 12;
