import type { Role } from '../../lib/generated/prisma/client';
import { hashPassword } from '../../lib/auth/password';
import type { Tx } from './reference';

export const DEMO_PASSWORD = 'Demo-2026!';

type DemoMembership = { org: string; role: Role; departments?: string[]; union?: string };
export type DemoAccount = { email: string; name: string; memberships: DemoMembership[]; isSystemAdmin?: boolean };

const ALL_ORGS = ['norra-innerstaden', 'socialforvaltningen', 'skarholmen'];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'hr@demo.test', name: 'Helena Rask', memberships: ALL_ORGS.map((org) => ({ org, role: 'HR' })) },
  {
    email: 'chef.aldreomsorg@demo.test',
    name: 'Åsa Lindqvist',
    memberships: [{ org: 'norra-innerstaden', role: 'MANAGER', departments: ['Äldreomsorg'] }],
  },
  {
    email: 'chef.socialt-stod@demo.test',
    name: 'Samir Haddad',
    memberships: [{ org: 'socialforvaltningen', role: 'MANAGER', departments: ['Avdelningen för socialt stöd'] }],
  },
  {
    email: 'fack.ssr@demo.test',
    name: 'Carin Trygg',
    memberships: ['skarholmen', 'socialforvaltningen'].map((org) => ({
      org,
      role: 'UNION_REP' as const,
      union: 'Akademikerförbundet SSR',
    })),
  },
  {
    email: 'admin@demo.test',
    name: 'Adam Ek',
    memberships: ALL_ORGS.map((org) => ({ org, role: 'ADMIN' })),
    isSystemAdmin: true,
  },
];

/** Creates the demo accounts (only the demo seed calls this: no other path creates known passwords). */
export async function seedDemoUsers(db: Tx, accounts: DemoAccount[] = DEMO_ACCOUNTS): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of accounts) {
    const user = await db.user.create({
      data: { email: account.email, name: account.name, passwordHash, isSystemAdmin: account.isSystemAdmin ?? false },
    });
    for (const membership of account.memberships) {
      await addMembership(db, user.id, membership);
    }
  }
}

export async function addMembership(db: Tx, userId: string, membership: DemoMembership): Promise<void> {
  const organization = await db.organization.findUniqueOrThrow({ where: { slug: membership.org } });
  const departments = await db.department.findMany({
    where: { organizationId: organization.id, name: { in: membership.departments ?? [] } },
  });
  if (departments.length !== (membership.departments ?? []).length) {
    throw new Error(`Okänd avdelning för ${membership.org}: ${membership.departments?.join(', ')}`);
  }
  const union = membership.union
    ? await db.unionOrganization.findUniqueOrThrow({ where: { name: membership.union } })
    : null;
  await db.membership.create({
    data: {
      userId,
      organizationId: organization.id,
      role: membership.role,
      unionOrganizationId: union?.id ?? null,
      departments: { create: departments.map((d) => ({ departmentId: d.id })) },
    },
  });
}
