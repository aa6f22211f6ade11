import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, auditActionLabel } from '@/lib/admin/audit-labels';

const ROOT = process.cwd();
const GUARDS = new Set(['defineAction', 'defineSystemAction']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Every audit action name written anywhere: the `name` of each guarded action (its audit rows default to it) and
 * every `action: '…'` literal (recordAudit entries and the audit records domain calls return).
 */
function auditActionsInCode(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sourceFiles(path.join(ROOT, 'lib')), ...sourceFiles(path.join(ROOT, 'app'))]) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = path.relative(ROOT, file);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && GUARDS.has(node.expression.text)) {
        const spec = node.arguments[0];
        const name =
          spec && ts.isObjectLiteralExpression(spec)
            ? spec.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'name')
            : undefined;
        if (name && ts.isPropertyAssignment(name) && ts.isStringLiteral(name.initializer))
          found.set(name.initializer.text, where);
      }
      if (
        ts.isPropertyAssignment(node) &&
        ts.isIdentifier(node.name) &&
        node.name.text === 'action' &&
        ts.isStringLiteralLike(node.initializer)
      )
        found.set(node.initializer.text, where);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('audit log labels', () => {
  const actions = auditActionsInCode();

  it('finds the actions of the guarded entry points and of recordAudit', () => {
    expect(actions.size).toBeGreaterThan(40);
    for (const name of ['plan.adopt', 'review.meeting.update', 'auth.sign-in', 'auth.sign-in-locked'])
      expect(actions.has(name), name).toBe(true);
  });

  it('has a Swedish label for every action name used in the code', () => {
    const missing = [...actions]
      .filter(([name]) => !AUDIT_ACTION_LABELS[name])
      .map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });

  it('labels read as Swedish words, never as the internal code', () => {
    for (const [name, label] of Object.entries(AUDIT_ACTION_LABELS)) {
      expect(label, name).not.toBe(name);
      expect(label, name).toMatch(/^[A-ZÅÄÖ][^.]*[a-zåäö)]$/);
    }
    expect(auditActionLabel('plan.adopt')).toBe('Plan fastställd');
  });
});
