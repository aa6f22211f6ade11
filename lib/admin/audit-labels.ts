/** Readable Swedish names for the audit log's actions. Pure; unknown actions show as their key. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'access.denied': 'Nekad åtkomst',
  'auth.sign-in': 'Inloggning',
  'auth.sign-in-failed': 'Misslyckad inloggning',
  'auth.sign-out': 'Utloggning',
  'auth.sso-refused': 'Nekad inloggning med stadens konto',
  'auth.password-set': 'Lösenord valt via engångslänk',
  'statistics.import': 'Import av personalstatistik',
  'statistics.import.names': 'Avdelningar och befattningar skapade vid import',
  'statistics.import.names-removed': 'Avdelningar och befattningar borttagna när importen inte slutfördes',
  'organization.turnover-definition': 'Definition av personalomsättning ändrad',
  'admin.user.create': 'Användare skapad eller tillagd',
  'admin.user.roles': 'Roller ändrade',
  'admin.user.active': 'Användare aktiverad eller inaktiverad',
  'admin.user.end-sessions': 'Inloggningar avslutade',
  'admin.user.password-link': 'Lösenordslänk skapad',
  'admin.department.create': 'Avdelning tillagd',
  'admin.department.update': 'Avdelning ändrad eller flyttad',
  'admin.department.close': 'Avdelning stängd',
  'admin.department.reopen': 'Avdelning öppnad igen',
  'system.organization.create': 'Förvaltning skapad',
  'system.organization.appoint-admin': 'Administratör utsedd',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

/** A stored value as one readable line: lists joined, null as "–", objects as "nyckel: värde". */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (Array.isArray(value)) return value.length ? value.map(formatAuditValue).join(', ') : '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${formatAuditValue(v)}`)
      .join('; ');
  }
  return String(value);
}

export type AuditChange = { field: string; before: string; after: string };

/**
 * The lines of a before → after detail that changed (all of them for a creation). Details without before/after
 * are shown as fields with their value.
 */
export function auditChanges(details: unknown): AuditChange[] {
  if (!details || typeof details !== 'object' || Array.isArray(details)) {
    return details == null ? [] : [{ field: 'uppgift', before: '', after: formatAuditValue(details) }];
  }
  const d = details as Record<string, unknown>;
  if (!('before' in d) && !('after' in d)) {
    return Object.entries(d).map(([field, v]) => ({ field, before: '', after: formatAuditValue(v) }));
  }
  const asRecord = (v: unknown): Record<string, unknown> =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : v == null ? {} : { värde: v };
  const before = asRecord(d.before);
  const after = asRecord(d.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .map((field) => ({ field, before: formatAuditValue(before[field]), after: formatAuditValue(after[field]) }))
    .filter((c) => c.before !== c.after);
}
