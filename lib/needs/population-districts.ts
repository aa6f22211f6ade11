import 'server-only';
import type { Tx } from '../auth/guard';
import type { DistrictInfo } from './districts';

/** Stockholm's stadsdelsområden with their history: reference data every förvaltning shares. */
export async function loadDistricts(db: Pick<Tx, 'district'>): Promise<DistrictInfo[]> {
  const rows = await db.district.findMany({ orderBy: { name: 'asc' } });
  return rows.map((d) => ({
    id: d.id,
    name: d.name,
    validFrom: d.validFrom.toISOString().slice(0, 10),
    validTo: d.validTo ? d.validTo.toISOString().slice(0, 10) : null,
    successorId: d.successorId,
  }));
}
