import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import type { Scope } from '../auth/permissions';
import { activityScopeWhere } from '../activities/queries';

/**
 * A manager reads the gaps of their own departments and the organisation-wide ones (no department), as activities
 * without a department are the whole förvaltning's; an empty scope reads none. Pure.
 */
export function gapScopeWhere(scope: Scope): Prisma.CompetenceGapWhereInput {
  if (scope.kind === 'all') return {};
  if (scope.kind === 'none') return { id: { in: [] } };
  return {
    OR: [{ departments: { none: {} } }, { departments: { some: { departmentId: { in: [...scope.ids] } } } }],
  };
}

/** Activities a reader may see linked to a gap or risk: the activity register's own fold, removed ones left out. */
export function linkedActivityWhere(scope: Scope): Prisma.ActivityWhereInput {
  return { removedAt: null, ...activityScopeWhere(scope) };
}
