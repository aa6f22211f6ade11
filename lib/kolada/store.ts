import 'server-only';
import type { Tx } from '../auth/guard';
import type { KoladaRow } from './format';

export type Provenance = {
  source: 'api' | 'file' | 'example';
  fileName?: string | null;
  byUserId?: string | null;
  byEmail?: string | null;
};

/**
 * Stores Kolada values inside the caller's transaction with their provenance (KPI, municipality, period, gender,
 * status; fetched when and by whom in KoladaFetch). A value already stored for the same key is replaced. A real
 * fetch or file first removes the demo's example data, so example and real values are never shown side by side.
 */
export async function storeKoladaRows(tx: Tx, rows: KoladaRow[], provenance: Provenance) {
  // Kolada's values are shared by every organisation: two stores at once (two administrators, a double click
  // that got past the request check) take turns, so neither trips on the other's rows of the same key.
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext('kompetensplan:kolada'))`;
  let removedExample = 0;
  if (provenance.source !== 'example') {
    removedExample = (await tx.koladaValue.deleteMany({ where: { fetch: { source: 'example' } } })).count;
    await tx.koladaFetch.deleteMany({ where: { source: 'example' } });
    const exampleGroups = await tx.koladaGroup.findMany({ where: { example: true }, select: { id: true } });
    if (exampleGroups.length) {
      const ids = exampleGroups.map((g) => g.id);
      await tx.koladaSettings.updateMany({
        where: { comparisonGroupId: { in: ids } },
        data: { comparisonGroupId: null },
      });
      await tx.koladaGroup.deleteMany({ where: { id: { in: ids } } });
    }
  }
  const fetch = await tx.koladaFetch.create({
    data: {
      source: provenance.source,
      fileName: provenance.fileName ?? null,
      byUserId: provenance.byUserId ?? null,
      byEmail: provenance.byEmail ?? null,
      rowCount: rows.length,
    },
  });
  const replaced = rows.length
    ? await tx.$executeRaw`
        DELETE FROM "KoladaValue" v
        USING unnest(${rows.map((r) => r.kpi)}::text[], ${rows.map((r) => r.municipality)}::text[],
                     ${rows.map((r) => r.period)}::int[], ${rows.map((r) => r.gender)}::text[]) AS k(kpi, municipality, period, gender)
        WHERE v."kpi" = k.kpi AND v."municipality" = k.municipality AND v."period" = k.period AND v."gender" = k.gender`
    : 0;
  await tx.koladaValue.createMany({ data: rows.map((r) => ({ ...r, fetchId: fetch.id })) });
  // A fetch whose every value has been replaced since tells nothing more.
  await tx.koladaFetch.deleteMany({ where: { values: { none: {} }, id: { not: fetch.id } } });
  return { fetchId: fetch.id, stored: rows.length, replaced, removedExample };
}
