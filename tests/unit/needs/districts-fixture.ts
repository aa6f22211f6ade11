import type { DistrictInfo } from '@/lib/needs/districts';

/** Part of Stockholm's division as the migration records it. */
export const DISTRICTS: DistrictInfo[] = [
  { id: 'ni', name: 'Norra innerstaden', validFrom: '2023-07-01', validTo: null, successorId: null },
  { id: 'nm', name: 'Norrmalm', validFrom: '2007-01-01', validTo: '2023-06-30', successorId: 'ni' },
  { id: 'om', name: 'Östermalm', validFrom: '2007-01-01', validTo: '2023-06-30', successorId: 'ni' },
  { id: 'sh', name: 'Skärholmen', validFrom: '2007-01-01', validTo: null, successorId: null },
];
export const BY_ID = new Map(DISTRICTS.map((d) => [d.id, d]));
