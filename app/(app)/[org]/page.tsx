import { AdminStart } from '@/components/start/admin-start';
import { HrStart } from '@/components/start/hr-start';
import { ManagerStart } from '@/components/start/manager-start';
import { UnionStart } from '@/components/start/union-start';
import { listActivities } from '@/lib/activities/queries';
import { followUpWorklist } from '@/lib/activities/worklist';
import { listOrganizationUsers, listReferenceData } from '@/lib/admin/queries';
import { primaryRole } from '@/lib/auth/permissions';
import { requireOrg } from '@/lib/auth/session';
import { managedDepartmentNames, representedUnionName } from '@/lib/organizations/queries';
import { listPlans } from '@/lib/plans/queries';
import { listPlansInReview } from '@/lib/review/queries';
import { getKeyFigures } from '@/lib/statistics/queries';

export default async function StartPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requireOrg(slug);
  const access = org.access;
  switch (primaryRole(access)) {
    case 'HR': {
      const [figures, plans] = await Promise.all([getKeyFigures(access), listPlans(access)]);
      return <HrStart orgSlug={org.slug} orgName={org.name} figures={figures} plans={plans} />;
    }
    case 'MANAGER': {
      const [{ activities }, worklist, departments] = await Promise.all([
        listActivities(access),
        followUpWorklist(access),
        managedDepartmentNames(access),
      ]);
      return (
        <ManagerStart
          orgSlug={org.slug}
          departments={departments.length ? departments : null}
          worklist={worklist}
          activities={activities}
        />
      );
    }
    case 'UNION_REP': {
      const [plans, union] = await Promise.all([listPlansInReview(access), representedUnionName(access)]);
      return <UnionStart orgSlug={org.slug} orgName={org.name} union={union} plans={plans} />;
    }
    case 'ADMIN': {
      const [users, reference] = await Promise.all([listOrganizationUsers(access), listReferenceData()]);
      return <AdminStart orgName={org.name} users={users} reference={reference} />;
    }
  }
}
