/** Demo data taken from the seed documents: the three förvaltningar in the order the demo seeds them. */
import { norraInnerstaden } from './norra-innerstaden';
import { skarholmen } from './skarholmen';
import { socialforvaltningen } from './socialforvaltningen';
import type { SeedOrganization } from './types';

export { norraInnerstaden } from './norra-innerstaden';
export { socialforvaltningen } from './socialforvaltningen';
export { skarholmen } from './skarholmen';
export * from './types';
export * from './reference';

export const SEED_ORGANIZATIONS: SeedOrganization[] = [norraInnerstaden, socialforvaltningen, skarholmen];
