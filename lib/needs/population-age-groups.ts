/**
 * The age groups a befolkningsprognos is published in. Stockholm's forecasts per stadsdelsområde use 1–5, 6–15,
 * 65–79 and 80+ for the services a stadsdelsförvaltning runs (förskola, äldreomsorg); the others cover the rest of
 * the population so that a whole published table imports.
 */
import { normalizeKey } from '../statistics/import/text';

export const AGE_GROUPS = ['0', '1-5', '6-15', '16-19', '20-64', '65-79', '80+'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const AGE_GROUP_LABELS: Record<AgeGroup, string> = {
  '0': '0 år',
  '1-5': '1–5 år',
  '6-15': '6–15 år',
  '16-19': '16–19 år',
  '20-64': '20–64 år',
  '65-79': '65–79 år',
  '80+': '80 år och äldre',
};

const ALIASES: Record<AgeGroup, readonly string[]> = {
  '0': ['0 år'],
  '1-5': ['1-5 år', '1 - 5'],
  '6-15': ['6-15 år'],
  '16-19': ['16-19 år'],
  '20-64': ['20-64 år'],
  '65-79': ['65-79 år'],
  '80+': ['80 år och äldre', '80-', '80- år', '80-w', '80 och äldre', '80+ år', 'över 79'],
};

const LOOKUP = new Map<string, AgeGroup>(
  AGE_GROUPS.flatMap((group) =>
    [group, AGE_GROUP_LABELS[group], ...ALIASES[group]].map((t) => [normalizeKey(t), group]),
  ),
);

/** The age group a cell names, or null. "1–5 år", "1-5" and "1 - 5" are the same. */
export function parseAgeGroup(text: string): AgeGroup | null {
  return LOOKUP.get(normalizeKey(text)) ?? null;
}

export function isAgeGroup(value: string): value is AgeGroup {
  return (AGE_GROUPS as readonly string[]).includes(value);
}
