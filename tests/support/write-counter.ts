/**
 * Counts the rows written to every table but the audit log, through a row trigger on each: a refused call must
 * write nothing. It replaces a digest of every table before and after each refusal (the matrix checks hundreds),
 * and is stricter: a row written back unchanged counts too. The counter is itself a row, so writes that roll
 * back uncount themselves. Install it once the fixture data is in place; it serializes concurrent writers on
 * PostgreSQL, so it is for tests that call one thing at a time.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';

const COUNTER = '_TestWrites';
const UNCOUNTED = ['AuditLog', '_prisma_migrations', COUNTER];

export async function countWrites(db: PrismaClient): Promise<() => Promise<number>> {
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS "${COUNTER}" (n bigint NOT NULL)`);
  await db.$executeRawUnsafe(`INSERT INTO "${COUNTER}" SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM "${COUNTER}")`);
  await db.$executeRawUnsafe(
    `CREATE OR REPLACE FUNCTION count_test_write() RETURNS trigger LANGUAGE plpgsql AS
     $$ BEGIN UPDATE "${COUNTER}" SET n = n + 1; RETURN NULL; END $$`,
  );
  // One statement for every table: the matrix's setup is long enough already.
  await db.$executeRawUnsafe(
    `DO $$ DECLARE t text; BEGIN
       FOR t IN SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                  AND table_name <> ALL(ARRAY[${UNCOUNTED.map((name) => `'${name}'`).join(', ')}])
       LOOP
         EXECUTE format('CREATE OR REPLACE TRIGGER count_test_write AFTER INSERT OR UPDATE OR DELETE ON %I
                         FOR EACH ROW EXECUTE FUNCTION count_test_write()', t);
         EXECUTE format('CREATE OR REPLACE TRIGGER count_test_truncate AFTER TRUNCATE ON %I
                         FOR EACH STATEMENT EXECUTE FUNCTION count_test_write()', t);
       END LOOP;
     END $$`,
  );
  return async () => {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT n FROM "${COUNTER}"`);
    return Number(row?.n ?? 0);
  };
}
