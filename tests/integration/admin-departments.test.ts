import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  closeDepartmentAction,
  createDepartmentAction,
  reopenDepartmentAction,
  updateDepartmentAction,
} from '@/lib/admin/departments';
import { listOpenDepartments } from '@/lib/admin/queries';
import { createUserAction, saveMembershipsAction } from '@/lib/admin/users';
import { getViewer } from '@/lib/auth/session';
import { parseImportFile } from '@/lib/statistics/import';
import { commitImport } from '@/lib/statistics/import/service';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { roleAccess } from '../support/access';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let otherOrg: Awaited<ReturnType<typeof createOrganization>>;
let admin: { id: string; email: string };

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, {
    statistics: [
      {
        measure: 'headcount',
        year: 2025,
        department: 'Äldreomsorg',
        occupation: 'Undersköterska',
        employmentForm: 'permanent',
        gender: 'woman',
        ageBand: '30-39',
        value: 40,
        stated: true,
      },
    ],
  });
  otherOrg = await createOrganization(t.db);
  admin = await createUser(t.db, {
    email: 'admin@avd.se',
    name: 'Admin',
    memberships: [{ org: org.slug, role: 'ADMIN' }],
  });
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

const dept = (name: string) => org.departments.get(name)!;

async function create(name: string, parentId = '') {
  const result = await createDepartmentAction({ org: org.slug, name, kind: 'UNIT', parentId });
  if (!result.ok) throw new Error(result.error);
  return (await t.db.department.findFirstOrThrow({ where: { organizationId: org.id, name } })).id;
}

describe(`department tree (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('adds a department under a parent and refuses a duplicate name (any case) or a foreign parent', async () => {
    actAs(admin.id);
    const id = await create('Hemtjänst Norr', dept('Äldreomsorg'));
    expect(await t.db.department.findUniqueOrThrow({ where: { id } })).toMatchObject({ parentId: dept('Äldreomsorg') });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'admin.department.create', entityId: id } });
    expect(audit.details).toMatchObject({ before: null, after: { namn: 'Hemtjänst Norr', överordnad: 'Äldreomsorg' } });
    const count = await t.db.department.count();
    expect(await createDepartmentAction({ org: org.slug, name: 'hemtjänst norr', kind: 'UNIT' })).toMatchObject({
      ok: false,
      fieldErrors: { name: [expect.stringMatching(/finns redan/)] },
    });
    expect(
      await createDepartmentAction({
        org: org.slug,
        name: 'Ny',
        kind: 'UNIT',
        parentId: otherOrg.departments.get('Förskola')!,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { parentId: [expect.any(String)] } });
    expect(await createDepartmentAction({ org: org.slug, name: '=HYPERLINK()', kind: 'UNIT' })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(await t.db.department.count()).toBe(count);
  });

  it('renames and moves, and refuses a move that would make a cycle or leave the organisation', async () => {
    actAs(admin.id);
    const a = await create('Område A');
    const b = await create('Område B', a);
    const c = await create('Område C', b);
    const cycle = await updateDepartmentAction({ org: org.slug, departmentId: a, name: 'Område A', parentId: c });
    expect(cycle).toMatchObject({
      ok: false,
      fieldErrors: { parentId: [expect.stringMatching(/sig själv eller till en av sina underavdelningar/)] },
    });
    const self = await updateDepartmentAction({ org: org.slug, departmentId: a, name: 'Område A', parentId: a });
    expect(self).toMatchObject({ ok: false });
    const foreign = await updateDepartmentAction({
      org: org.slug,
      departmentId: c,
      name: 'Område C',
      parentId: otherOrg.departments.get('Förskola')!,
    });
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { parentId: [expect.any(String)] } });
    expect((await t.db.department.findUniqueOrThrow({ where: { id: a } })).parentId).toBeNull();

    expect(
      await updateDepartmentAction({ org: org.slug, departmentId: c, name: 'Område Cé', parentId: a }),
    ).toMatchObject({ ok: true });
    expect(await t.db.department.findUniqueOrThrow({ where: { id: c } })).toMatchObject({
      name: 'Område Cé',
      parentId: a,
    });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'admin.department.update', entityId: c } });
    expect(audit.details).toMatchObject({
      before: { namn: 'Område C', överordnad: 'Område B' },
      after: { namn: 'Område Cé', överordnad: 'Område A' },
    });
    // Another organisation's department is out of the administrator's record scope.
    expect(
      await updateDepartmentAction({
        org: org.slug,
        departmentId: otherOrg.departments.get('Förskola')!,
        name: 'Kapad',
        parentId: '',
      }),
    ).toMatchObject({ ok: false, code: 'denied' });
  });

  it('closes a department with a manager: history kept, manager kept and warned about, gone from pickers and imports', async () => {
    actAs(admin.id);
    const manager = await createUserAction({
      org: org.slug,
      name: 'Åsa Chef',
      email: 'asa@avd.se',
      roles: 'MANAGER',
      departmentIds: dept('Äldreomsorg'),
    });
    if (!manager.ok) throw new Error(manager.error);
    const parentWithChild = await create('Förälder');
    await create('Barn', parentWithChild);
    expect(await closeDepartmentAction({ org: org.slug, departmentId: parentWithChild })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/öppna underavdelningar \(Barn\)/),
    });

    const child = await t.db.department.findFirstOrThrow({ where: { organizationId: org.id, name: 'Hemtjänst Norr' } });
    expect(await closeDepartmentAction({ org: org.slug, departmentId: child.id })).toMatchObject({ ok: true });
    const closed = await closeDepartmentAction({ org: org.slug, departmentId: dept('Äldreomsorg') });
    expect(closed).toMatchObject({
      ok: true,
      data: { warning: expect.stringMatching(/Åsa Chef har fortfarande Äldreomsorg/) },
    });
    const row = await t.db.department.findUniqueOrThrow({ where: { id: dept('Äldreomsorg') } });
    expect(row.closedAt).not.toBeNull();
    expect(await t.db.staffStatistic.count({ where: { departmentId: dept('Äldreomsorg') } })).toBe(1);
    // The manager's access is not removed silently: still scoped until an administrator moves them.
    actAs(manager.data.userId);
    expect((await getViewer())?.organizations[0]?.access.managedDepartmentIds).toEqual([dept('Äldreomsorg')]);
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'admin.department.close', entityId: dept('Äldreomsorg') },
    });
    expect(audit.details).toMatchObject({ before: { stängd: null }, after: { chefer: ['asa@avd.se'] } });

    expect((await listOpenDepartments(roleAccess(org.id, 'ADMIN'))).map((d) => d.name)).not.toContain('Äldreomsorg');
    actAs(admin.id);
    expect(
      await createUserAction({
        org: org.slug,
        name: 'Ny Chef',
        email: 'ny@avd.se',
        roles: 'MANAGER',
        departmentIds: dept('Äldreomsorg'),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { departmentIds: [expect.stringMatching(/stängd/)] } });
    // Saving the manager's form with the closed department still ticked keeps it (the admin must untick it).
    expect(
      await saveMembershipsAction({
        org: org.slug,
        userId: manager.data.userId,
        roles: 'MANAGER',
        departmentIds: [dept('Äldreomsorg'), dept('Förskola')],
      }),
    ).toMatchObject({ ok: true });

    const parsed = await parseImportFile({
      bytes: new TextEncoder().encode(
        'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal\r\n2026;Äldreomsorg;Undersköterska;Tillsvidare;Kvinna;30-39;41\r\n',
      ),
      fileName: 'antal.csv',
      group: 'headcount',
      today: new Date('2026-11-22T12:00:00Z'),
    });
    if (!parsed.ok) throw new Error('parse');
    const imported = await commitImport(t.db, {
      organizationId: org.id,
      user: admin,
      preview: parsed.preview,
      departmentMapping: {},
      occupationMapping: {},
    });
    expect(imported).toMatchObject({ ok: false, error: expect.stringMatching(/Äldreomsorg är stängd/) });
    expect(await t.db.staffStatistic.count({ where: { year: 2026 } })).toBe(0);

    expect(await reopenDepartmentAction({ org: org.slug, departmentId: dept('Äldreomsorg') })).toMatchObject({
      ok: true,
    });
    expect((await listOpenDepartments(roleAccess(org.id, 'ADMIN'))).map((d) => d.name)).toContain('Äldreomsorg');
  });
});
