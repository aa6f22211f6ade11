import 'server-only';
import type { Outcome } from '../auth/guard';
import { ROLE_LABELS } from '../auth/permissions';
import { defineSystemAction } from '../auth/system-guard';
import { type SsoMappingActionData, createSsoMappingSchema, removeSsoMappingSchema } from './schemas';

/**
 * "Rollkoppling" (system administrators, /system/rollkoppling): which app-role claim of the SSO token gives which
 * role in which organisation. A change reaches a user at their next SSO sign-in (lib/auth/sso.ts).
 */

const PATHS = ['/system/rollkoppling'];

export const createSsoMappingAction = defineSystemAction({
  name: 'sso.mapping.create',
  schema: createSsoMappingSchema,
  run: async ({ tx, input }): Promise<Outcome<SsoMappingActionData> & { organizationId?: string }> => {
    const organization = await tx.organization.findUnique({ where: { id: input.organizationId } });
    if (!organization) return { ok: false, error: 'Förvaltningen finns inte längre. Ladda om sidan.', code: 'invalid' };
    const fieldErrors: Record<string, string[]> = {};
    const departmentIds = input.role === 'MANAGER' ? input.departmentIds : [];
    if (input.role === 'MANAGER') {
      const found = await tx.department.count({
        where: { organizationId: organization.id, id: { in: departmentIds }, closedAt: null },
      });
      if (departmentIds.length === 0) fieldErrors.departmentIds = ['Välj minst en avdelning för rollen Chef.'];
      else if (found !== departmentIds.length) {
        fieldErrors.departmentIds = ['En vald avdelning finns inte i förvaltningen eller är stängd.'];
      }
    }
    const union =
      input.role === 'UNION_REP' && input.unionId
        ? await tx.unionOrganization.findUnique({ where: { id: input.unionId } })
        : null;
    if (input.role === 'UNION_REP' && !union) fieldErrors.unionId = ['Välj fackförbund för rollen Fackligt ombud.'];
    const duplicate = await tx.ssoRoleMapping.findUnique({
      where: {
        claimValue_organizationId_role: {
          claimValue: input.claimValue,
          organizationId: organization.id,
          role: input.role,
        },
      },
    });
    if (duplicate) {
      fieldErrors.claimValue = [
        `${input.claimValue} ger redan rollen ${ROLE_LABELS[input.role]} i ${organization.name}. Ta bort den kopplingen först för att ändra den.`,
      ];
    }
    if (Object.keys(fieldErrors).length) {
      return { ok: false, error: 'Rollkopplingen är inte sparad.', fieldErrors, code: 'invalid' };
    }
    const mapping = await tx.ssoRoleMapping.create({
      data: {
        claimValue: input.claimValue,
        organizationId: organization.id,
        role: input.role,
        unionOrganizationId: union?.id ?? null,
        departments: { create: departmentIds.map((departmentId) => ({ departmentId })) },
      },
    });
    return {
      ok: true,
      organizationId: organization.id,
      data: {
        message: `${input.claimValue} ger nu rollen ${ROLE_LABELS[input.role]} i ${organization.name}, från nästa inloggning.`,
      },
      audit: {
        entityType: 'SsoRoleMapping',
        entityId: mapping.id,
        details: {
          after: {
            värde: input.claimValue,
            roll: ROLE_LABELS[input.role],
            avdelningar: departmentIds.length,
            fackförbund: union?.name ?? null,
          },
        },
      },
    };
  },
  revalidate: PATHS,
});

export const removeSsoMappingAction = defineSystemAction({
  name: 'sso.mapping.remove',
  schema: removeSsoMappingSchema,
  run: async ({ tx, input }): Promise<Outcome<SsoMappingActionData> & { organizationId?: string }> => {
    const before = await tx.ssoRoleMapping.findUnique({
      where: { id: input.id },
      include: { organization: true, departments: { include: { department: true } }, unionOrganization: true },
    });
    if (!before) return { ok: false, error: 'Rollkopplingen finns inte längre. Ladda om sidan.', code: 'invalid' };
    await tx.ssoRoleMapping.delete({ where: { id: before.id } });
    return {
      ok: true,
      organizationId: before.organizationId,
      data: {
        message: `Rollkopplingen ${before.claimValue} → ${ROLE_LABELS[before.role]} i ${before.organization.name} är borttagen. Den som bara hade rollen genom den förlorar den vid nästa inloggning.`,
      },
      audit: {
        entityType: 'SsoRoleMapping',
        entityId: before.id,
        details: {
          before: {
            värde: before.claimValue,
            roll: ROLE_LABELS[before.role],
            avdelningar: before.departments.map((d) => d.department.name).sort(),
            fackförbund: before.unionOrganization?.name ?? null,
          },
        },
      },
    };
  },
  revalidate: PATHS,
});
