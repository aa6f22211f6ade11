import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditChanges, formatAuditValue } from '@/lib/admin/audit-labels';
import { flattenTree, wouldCreateCycle } from '@/lib/admin/department-tree';
import { echoValues } from '@/lib/form-values';
import { createOrganizationSchema, setPasswordSchema } from '@/lib/admin/schemas';

const node = (id: string, parentId: string | null, sortOrder = 0) => ({ id, parentId, name: id, sortOrder });
// a ─ b ─ c, and d alone
const tree = [node('a', null), node('b', 'a'), node('c', 'b'), node('d', null, 1)];

describe('department tree', () => {
  it('refuses a move under itself or any department below it', () => {
    expect(wouldCreateCycle(tree, 'a', 'a')).toBe(true);
    expect(wouldCreateCycle(tree, 'a', 'b')).toBe(true);
    expect(wouldCreateCycle(tree, 'a', 'c')).toBe(true);
    expect(wouldCreateCycle(tree, 'b', 'c')).toBe(true);
  });

  it('allows a move to the top, beside or above', () => {
    expect(wouldCreateCycle(tree, 'c', null)).toBe(false);
    expect(wouldCreateCycle(tree, 'c', 'a')).toBe(false);
    expect(wouldCreateCycle(tree, 'a', 'd')).toBe(false);
  });

  it('stops on a cycle already in the data instead of looping', () => {
    const broken = [node('x', 'y'), node('y', 'x'), node('z', null)];
    expect(wouldCreateCycle(broken, 'z', 'x')).toBe(true);
  });

  it('lists parents before children with their depth', () => {
    expect(flattenTree(tree).map(({ node, depth }) => `${node.id}${depth}`)).toEqual(['a0', 'b1', 'c2', 'd0']);
  });
});

describe('audit log labels', () => {
  it('names actions in Swedish and keeps unknown keys', () => {
    expect(auditActionLabel('admin.user.active')).toBe('Användare aktiverad eller inaktiverad');
    expect(auditActionLabel('something.new')).toBe('something.new');
  });

  it('shows only what changed, before → after', () => {
    expect(
      auditChanges({
        before: { roller: ['Chef'], avdelningar: ['Äldreomsorg'], fackförbund: null },
        after: { roller: ['Chef'], avdelningar: ['Förskola', 'Hemtjänst'], fackförbund: null },
      }),
    ).toEqual([{ field: 'avdelningar', before: 'Äldreomsorg', after: 'Förskola, Hemtjänst' }]);
    expect(auditChanges({ before: { aktiv: true }, after: { aktiv: false } })).toEqual([
      { field: 'aktiv', before: 'ja', after: 'nej' },
    ]);
    expect(auditChanges({ before: 'gammal text', after: 'ny text' })).toEqual([
      { field: 'värde', before: 'gammal text', after: 'ny text' },
    ]);
    expect(auditChanges({ what: 'read:audit-log', via: 'page' })).toEqual([
      { field: 'what', before: '', after: 'read:audit-log' },
      { field: 'via', before: '', after: 'page' },
    ]);
    expect(formatAuditValue([])).toBe('–');
  });
});

describe('administration input', () => {
  it('never echoes a password or the token back to the form', () => {
    expect(echoValues({ name: 'A', password: 'hemligt', confirm: 'hemligt', token: 't', roles: ['HR'] })).toEqual({
      name: 'A',
      roles: ['HR'],
    });
  });

  it("refuses an organisation address the app's own routes use, or one that is not a plain slug", () => {
    const base = { name: 'Kultur', boardName: 'Kulturnämnden', turnoverDefinition: 'x'.repeat(30) };
    expect(createOrganizationSchema.safeParse({ ...base, slug: 'system' }).success).toBe(false);
    expect(createOrganizationSchema.safeParse({ ...base, slug: 'logga-in' }).success).toBe(false);
    expect(createOrganizationSchema.safeParse({ ...base, slug: 'Kultur Förv' }).success).toBe(false);
    expect(createOrganizationSchema.safeParse({ ...base, slug: 'kulturforvaltningen' }).success).toBe(true);
  });

  it('asks for a long enough password, typed twice alike', () => {
    const token = 'a'.repeat(43);
    expect(setPasswordSchema.safeParse({ token, password: 'kort', confirm: 'kort' }).success).toBe(false);
    expect(
      setPasswordSchema.safeParse({ token, password: 'ett långt lösen', confirm: 'ett långt lösem' }).success,
    ).toBe(false);
    expect(
      setPasswordSchema.safeParse({ token, password: 'ett långt lösen', confirm: 'ett långt lösen' }).success,
    ).toBe(true);
  });
});
