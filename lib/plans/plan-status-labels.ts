import type { PlanStatus } from '../generated/prisma/client';

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  DRAFT: 'Utkast',
  IN_REVIEW: 'Under samverkan',
  ADOPTED: 'Fastställd',
};
