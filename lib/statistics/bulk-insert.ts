import 'server-only';
import type { Prisma } from '../generated/prisma/client';

export type StatisticInsert = {
  measure: string;
  year: number;
  tertial: number | null;
  departmentId: string | null;
  occupationId: string | null;
  employmentForm: string | null;
  gender: string | null;
  ageBand: string | null;
  category: string | null;
  subcategory: string | null;
  value: number;
  decimals: number | null;
  population: number | null;
};

const CHUNK = 10_000;

/**
 * Inserts many statistic rows with one set-based statement per chunk (the dashboard benchmark's data; imports
 * stage their rows instead, see import-staging.ts): the columns travel as arrays and
 * unnest() turns them into rows. About ten times faster than createMany for an import of 100 000 rows
 * (see npm run bench:import), on PostgreSQL and PGlite alike.
 */
export async function insertStatistics(
  tx: Prisma.TransactionClient,
  organizationId: string,
  importBatchId: string | null,
  rows: StatisticInsert[],
  onProgress?: (written: number) => void,
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const column = <K extends keyof StatisticInsert>(key: K) => chunk.map((row) => row[key]);
    await tx.$executeRawUnsafe(
      `INSERT INTO "StaffStatistic" ("id", "organizationId", "importBatchId", "measure", "year", "tertial",
         "departmentId", "occupationId", "employmentForm", "gender", "ageBand", "category", "subcategory",
         "value", "decimals", "population")
       SELECT gen_random_uuid()::text, $1, $2, u.*
       FROM unnest($3::text[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                   $11::text[], $12::text[], $13::numeric[], $14::smallint[], $15::int[])
         AS u(measure, year, tertial, department_id, occupation_id, employment_form, gender, age_band, category,
              subcategory, value, decimals, population)`,
      organizationId,
      importBatchId,
      column('measure'),
      column('year'),
      column('tertial'),
      column('departmentId'),
      column('occupationId'),
      column('employmentForm'),
      column('gender'),
      column('ageBand'),
      column('category'),
      column('subcategory'),
      chunk.map((row) => String(row.value)),
      column('decimals'),
      column('population'),
    );
    onProgress?.(start + chunk.length);
  }
}
