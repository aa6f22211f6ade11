import type { Prisma } from '../../lib/generated/prisma/client';
import { parseDataPage, parseGroupPage } from '../../lib/kolada/format';
import examplePages from '../seed-data/kolada/example-values.json';
import exampleGroups from '../seed-data/kolada/example-groups.json';

/**
 * The demo's Kolada values: example data in the API's exact format (prisma/seed-data/kolada/), stored as a fetch
 * of source "example", so every view marks it "Exempeldata — inte hämtat från Kolada". A real fetch or file
 * import replaces it (lib/kolada/store.ts).
 */
export async function seedKoladaExample(tx: Prisma.TransactionClient) {
  const rows = (examplePages as unknown[]).flatMap((page) => {
    const parsed = parseDataPage(JSON.stringify(page));
    if (!parsed.ok) throw new Error(`Kolada example data: ${parsed.error}`);
    return parsed.value.rows;
  });
  const groups = parseGroupPage(JSON.stringify(exampleGroups));
  if (!groups.ok) throw new Error(`Kolada example groups: ${groups.error}`);
  const fetch = await tx.koladaFetch.create({
    data: { source: 'example', fileName: 'example-values.json', rowCount: rows.length },
  });
  await tx.koladaValue.createMany({ data: rows.map((r) => ({ ...r, fetchId: fetch.id })) });
  for (const g of groups.value.groups)
    await tx.koladaGroup.upsert({ where: { id: g.id }, create: { ...g, example: true }, update: g });
  const group = groups.value.groups[0];
  if (group) await tx.koladaSettings.update({ where: { id: 1 }, data: { comparisonGroupId: group.id } });
}
