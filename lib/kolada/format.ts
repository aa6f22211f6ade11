/**
 * Kolada's API v3 answers, parsed at the boundary (never `JSON.parse(...) as T`). Pure and client-safe.
 * A data page: `{ count, values: [{ kpi, municipality, period, values: [{ gender, value, status, count }] }],
 * next_url }`; a KPI: `{ values: [{ id, title, description, … }] }`; groups: `{ values: [{ id, title, members }] }`.
 */
import { z } from 'zod';

/** One stored value: KPI × municipality (0000 = riket) × year × gender (T total, K women, M men). */
export type KoladaRow = {
  kpi: string;
  municipality: string;
  period: number;
  gender: 'T' | 'K' | 'M';
  /** null when Kolada has no value (status e.g. "Missing"). */
  value: number | null;
  status: string;
  count: number | null;
};

export const KPI_ID = /^[A-Z]\d{5}$/;
export const MUNICIPALITY_ID = /^\d{4}$/;

const numberish = z
  .union([z.number(), z.string().regex(/^-?\d+([.,]\d+)?$/)])
  .transform((v) => Number(`${v}`.replace(',', '.')));

const valueSchema = z.object({
  gender: z.enum(['T', 'K', 'M']),
  value: numberish.nullable().optional(),
  status: z.string().nullable().optional(),
  count: z.number().int().nullable().optional(),
});

const dataRowSchema = z.object({
  kpi: z.string().regex(KPI_ID),
  municipality: z.string().regex(MUNICIPALITY_ID),
  period: z.union([
    z.number().int(),
    z
      .string()
      .regex(/^\d{4}$/)
      .transform(Number),
  ]),
  values: z.array(valueSchema),
});

const dataPageSchema = z.object({
  count: z.number().int().optional(),
  values: z.array(dataRowSchema),
  next_url: z.string().nullable().optional(),
});
export type DataPage = { rows: KoladaRow[]; nextUrl: string | null };

const kpiSchema = z.object({
  id: z.string().regex(KPI_ID),
  title: z.string().min(1),
  description: z.string().nullable().optional(),
  unit: z.string().nullable().optional(),
  /** Not in every answer; absent means Kolada states no direction. */
  higher_is_better: z.boolean().nullable().optional(),
});
const kpiPageSchema = z.object({ values: z.array(kpiSchema) });
export type KoladaKpiMeta = {
  id: string;
  title: string;
  description: string;
  unit: string | null;
  higherIsBetter: boolean | null;
};

const groupSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  members: z.array(z.object({ id: z.string().regex(MUNICIPALITY_ID), title: z.string().optional() })),
});
const groupPageSchema = z.object({ values: z.array(groupSchema), next_url: z.string().nullable().optional() });
export type KoladaGroupMeta = { id: string; title: string; members: string[] };

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const MALFORMED = 'Svaret från Kolada har inte det format som väntades (Koladas API v3).';

function json(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: 'Svaret från Kolada är inte giltig JSON.' };
  }
}

function rowsOf(page: z.infer<typeof dataPageSchema>): KoladaRow[] {
  return page.values.flatMap((r) =>
    r.values.map((v) => ({
      kpi: r.kpi,
      municipality: r.municipality,
      period: r.period,
      gender: v.gender,
      value: v.value ?? null,
      status: v.status ?? '',
      count: v.count ?? null,
    })),
  );
}

export function parseDataPage(text: string): Parsed<DataPage> {
  const raw = json(text);
  if (!raw.ok) return raw;
  const page = dataPageSchema.safeParse(raw.value);
  if (!page.success) return { ok: false, error: MALFORMED };
  return { ok: true, value: { rows: rowsOf(page.data), nextUrl: page.data.next_url ?? null } };
}

export function parseKpiPage(text: string, id: string): Parsed<KoladaKpiMeta | null> {
  const raw = json(text);
  if (!raw.ok) return raw;
  const page = kpiPageSchema.safeParse(raw.value);
  if (!page.success) return { ok: false, error: MALFORMED };
  const kpi = page.data.values.find((k) => k.id === id);
  if (!kpi) return { ok: true, value: null };
  return {
    ok: true,
    value: {
      id: kpi.id,
      title: kpi.title,
      description: kpi.description ?? '',
      unit: kpi.unit ?? null,
      higherIsBetter: kpi.higher_is_better ?? null,
    },
  };
}

export function parseGroupPage(text: string): Parsed<{ groups: KoladaGroupMeta[]; nextUrl: string | null }> {
  const raw = json(text);
  if (!raw.ok) return raw;
  const page = groupPageSchema.safeParse(raw.value);
  if (!page.success) return { ok: false, error: MALFORMED };
  return {
    ok: true,
    value: {
      groups: page.data.values.map((g) => ({ id: g.id, title: g.title, members: g.members.map((m) => m.id) })),
      nextUrl: page.data.next_url ?? null,
    },
  };
}

/** The same row twice (e.g. overlapping pages or files): the later one wins. */
export function dedupeRows(rows: KoladaRow[]): KoladaRow[] {
  const byKey = new Map<string, KoladaRow>();
  for (const row of rows) byKey.set(`${row.kpi}|${row.municipality}|${row.period}|${row.gender}`, row);
  return [...byKey.values()];
}
