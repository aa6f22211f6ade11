import 'server-only';
import { type Outcome, type Tx, defineAction } from '../auth/guard';
import {
  DEPARTMENT_KIND_LABELS,
  createDepartmentSchema,
  departmentActionSchema,
  updateDepartmentSchema,
} from './schemas';
import { lockOrganizations } from './memberships';
import { wouldCreateCycle } from './department-tree';

/**
 * The department tree. Departments are never deleted: statistics, activities and history point at them. A
 * closed department leaves the pickers and new imports; its managers keep it until an administrator moves them,
 * and the administration page says so.
 */

export type DepartmentActionData = { message: string; warning?: string };

const paths = (slug: string) => [`/${slug}/admin`];

const inOrg = async (tx: Tx, departmentId: string, organizationId: string) =>
  (await tx.department.count({ where: { id: departmentId, organizationId } })) > 0;

function invalid(fieldErrors: Record<string, string[]>): Outcome<never> {
  return {
    ok: false,
    error: 'Uppgifterna kunde inte sparas. Rätta det som är markerat.',
    fieldErrors,
    code: 'invalid',
  };
}

async function nameTaken(tx: Tx, organizationId: string, name: string, exceptId?: string) {
  const same = await tx.department.findFirst({
    where: {
      organizationId,
      name: { equals: name, mode: 'insensitive' },
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
  });
  return same !== null;
}

async function describe(tx: Tx, id: string) {
  const d = await tx.department.findUniqueOrThrow({ where: { id }, include: { parent: true } });
  return {
    namn: d.name,
    typ: DEPARTMENT_KIND_LABELS[d.kind],
    överordnad: d.parent?.name ?? null,
    stängd: d.closedAt?.toISOString() ?? null,
  };
}

export const createDepartmentAction = defineAction({
  name: 'admin.department.create',
  schema: createDepartmentSchema,
  permission: 'admin:reference-data',
  run: async ({ tx, input, context }): Promise<Outcome<DepartmentActionData>> => {
    const organizationId = context.org.id;
    await lockOrganizations(tx, [organizationId]);
    if (await nameTaken(tx, organizationId, input.name)) {
      return invalid({ name: ['Det finns redan en avdelning med det namnet (även stängda räknas).'] });
    }
    if (input.parentId) {
      const parent = await tx.department.findFirst({ where: { id: input.parentId, organizationId, closedAt: null } });
      if (!parent) return invalid({ parentId: ['Välj en öppen avdelning i förvaltningen.'] });
    }
    const last = await tx.department.aggregate({ where: { organizationId }, _max: { sortOrder: true } });
    const department = await tx.department.create({
      data: {
        organizationId,
        name: input.name,
        kind: input.kind,
        parentId: input.parentId,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
      },
    });
    return {
      ok: true,
      data: { message: `${department.name} är tillagd.` },
      audit: {
        entityType: 'Department',
        entityId: department.id,
        details: { before: null, after: await describe(tx, department.id) },
      },
    };
  },
  revalidate: ({ context }) => paths(context.org.slug),
});

/** Rename and move in one form: the parent must be in the same organisation and not below the department. */
export const updateDepartmentAction = defineAction({
  name: 'admin.department.update',
  schema: updateDepartmentSchema,
  permission: 'admin:reference-data',
  authorize: ({ tx, input, context }) => inOrg(tx, input.departmentId, context.org.id),
  run: async ({ tx, input, context }): Promise<Outcome<DepartmentActionData>> => {
    const organizationId = context.org.id;
    await lockOrganizations(tx, [organizationId]); // two moves at once could otherwise close a cycle
    const before = await describe(tx, input.departmentId);
    if (await nameTaken(tx, organizationId, input.name, input.departmentId)) {
      return invalid({ name: ['Det finns redan en avdelning med det namnet (även stängda räknas).'] });
    }
    if (input.parentId) {
      const parent = await tx.department.findFirst({ where: { id: input.parentId, organizationId } });
      if (!parent) return invalid({ parentId: ['Välj en avdelning i förvaltningen.'] });
      if (parent.closedAt) return invalid({ parentId: ['Avdelningen kan inte flyttas till en stängd avdelning.'] });
      const nodes = await tx.department.findMany({
        where: { organizationId },
        select: { id: true, parentId: true, name: true, sortOrder: true },
      });
      if (wouldCreateCycle(nodes, input.departmentId, input.parentId)) {
        return invalid({
          parentId: ['En avdelning kan inte flyttas till sig själv eller till en av sina underavdelningar.'],
        });
      }
    }
    await tx.department.update({
      where: { id: input.departmentId },
      data: { name: input.name, parentId: input.parentId },
    });
    const after = await describe(tx, input.departmentId);
    return {
      ok: true,
      data: { message: `${after.namn} är sparad.` },
      audit: { entityType: 'Department', entityId: input.departmentId, details: { before, after } },
    };
  },
  revalidate: ({ context }) => paths(context.org.slug),
});

/** Managers still responsible for a department, by name (for the warning and the audit row). */
async function scopedManagers(tx: Tx, departmentId: string) {
  const scopes = await tx.managerScope.findMany({
    where: { departmentId },
    include: { membership: { include: { user: { select: { name: true, email: true } } } } },
  });
  return scopes.map((s) => s.membership.user);
}

export const closeDepartmentAction = defineAction({
  name: 'admin.department.close',
  schema: departmentActionSchema,
  permission: 'admin:reference-data',
  authorize: ({ tx, input, context }) => inOrg(tx, input.departmentId, context.org.id),
  run: async ({ tx, input, context }): Promise<Outcome<DepartmentActionData>> => {
    await lockOrganizations(tx, [context.org.id]);
    const department = await tx.department.findUniqueOrThrow({ where: { id: input.departmentId } });
    if (department.closedAt) return { ok: false, error: `${department.name} är redan stängd.` };
    const openChildren = await tx.department.findMany({ where: { parentId: department.id, closedAt: null } });
    if (openChildren.length) {
      return {
        ok: false,
        error: `${department.name} har öppna underavdelningar (${openChildren.map((c) => c.name).join(', ')}). Flytta eller stäng dem först.`,
      };
    }
    const before = await describe(tx, department.id);
    await tx.department.update({ where: { id: department.id }, data: { closedAt: new Date() } });
    const managers = await scopedManagers(tx, department.id);
    return {
      ok: true,
      data: {
        message: `${department.name} är stängd. Statistik, aktiviteter och historik finns kvar.`,
        ...(managers.length
          ? {
              warning: `${managers.map((m) => m.name).join(', ')} har fortfarande ${department.name} som sitt ansvar. Flytta ${managers.length === 1 ? 'chefen' : 'cheferna'} till en öppen avdelning under Användare.`,
            }
          : {}),
      },
      audit: {
        entityType: 'Department',
        entityId: department.id,
        details: {
          before,
          after: { ...(await describe(tx, department.id)), chefer: managers.map((m) => m.email) },
        },
      },
    };
  },
  revalidate: ({ context }) => paths(context.org.slug),
});

export const reopenDepartmentAction = defineAction({
  name: 'admin.department.reopen',
  schema: departmentActionSchema,
  permission: 'admin:reference-data',
  authorize: ({ tx, input, context }) => inOrg(tx, input.departmentId, context.org.id),
  run: async ({ tx, input, context }): Promise<Outcome<DepartmentActionData>> => {
    await lockOrganizations(tx, [context.org.id]);
    const department = await tx.department.findUniqueOrThrow({
      where: { id: input.departmentId },
      include: { parent: true },
    });
    if (!department.closedAt) return { ok: false, error: `${department.name} är redan öppen.` };
    if (department.parent?.closedAt) {
      return {
        ok: false,
        error: `Öppna ${department.parent.name} först, eller flytta ${department.name} till en öppen avdelning.`,
      };
    }
    const before = await describe(tx, department.id);
    await tx.department.update({ where: { id: department.id }, data: { closedAt: null } });
    return {
      ok: true,
      data: { message: `${department.name} är öppen igen.` },
      audit: {
        entityType: 'Department',
        entityId: department.id,
        details: { before, after: await describe(tx, department.id) },
      },
    };
  },
  revalidate: ({ context }) => paths(context.org.slug),
});
