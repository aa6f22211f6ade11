/**
 * Readable Swedish names for the audit log's actions. Pure. Every action name the code writes has one
 * (tests/unit/audit-labels.test.ts reads the code for them); an unknown key only shows in logs from old versions.
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'access.denied': 'Nekad åtkomst',
  'auth.sign-in': 'Inloggning',
  'auth.sign-in-failed': 'Misslyckad inloggning',
  'auth.sign-in-locked': 'Inloggning spärrad efter misslyckade försök',
  'auth.sign-out': 'Utloggning',
  'auth.sso-refused': 'Nekad inloggning med stadens konto',
  'auth.sso-subject-changed': 'Kopplingen till kontot hos stadens inloggning ändrad',
  'auth.sso-user-created': 'Användare skapad vid första inloggningen med stadens konto',
  'auth.sso-roles-applied': 'Roller satta enligt rollkopplingen vid inloggning med stadens konto',
  'auth.sso-email-changed': 'E-postadress ändrad från stadens inloggning',
  'sso.mapping.create': 'Rollkoppling tillagd',
  'sso.mapping.remove': 'Rollkoppling borttagen',
  'auth.password-set': 'Lösenord valt via engångslänk',
  'plan.create': 'Plan skapad',
  'plan.send-to-review': 'Plan skickad till samverkan',
  'plan.adopt': 'Plan fastställd',
  'plan.reopen': 'Fastställd plan öppnad som nytt utkast',
  'plan.section.save': 'Avsnitt sparat',
  'needs.scenario.save': 'Scenario för rekryteringsbehov sparat',
  'needs.insert-into-plan': 'Rekryteringsbehov infogat i planen',
  'plan.section.restore-revision': 'Tidigare version av avsnitt återställd',
  'plan.section.add': 'Avsnitt tillagt',
  'plan.section.move': 'Avsnitt flyttat',
  'plan.section.settings': 'Avsnittets rubrik, ansvarig eller avdelning ändrad',
  'activity.create': 'Aktivitet tillagd',
  'activity.update': 'Aktivitet ändrad',
  'activity.move': 'Aktivitet flyttad',
  'activity.remove': 'Aktivitet borttagen',
  'activity.restore': 'Aktivitet återställd',
  'activity.follow-up': 'Aktivitet uppföljd',
  'activity.follow-up-deadline': 'Sista dag för uppföljning ändrad',
  'gap.create': 'Kompetensgap tillagt',
  'gap.update': 'Kompetensgap ändrat',
  'gap.comment': 'Kommentar till kompetensgap',
  'risk.create': 'Risk tillagd',
  'risk.update': 'Risk ändrad',
  'review.meeting.create': 'Samverkansmöte skapat',
  'review.meeting.update': 'Samverkansmöte ändrat',
  'review.meeting.send-plan': 'Plan skickad till samverkansmöte',
  'review.question.ask': 'Fråga ställd',
  'review.question.edit': 'Fråga ändrad',
  'review.question.withdraw': 'Fråga återtagen',
  'review.question.answer': 'Fråga besvarad',
  'review.question.minutes': 'Val för protokollet ändrat',
  'review.protocol-note.add': 'Protokollsanteckning tillagd',
  'export.download': 'Fil nedladdad (plan, statistik, uppföljning eller samverkansbilder)',
  'notifications.mark-read': 'Notiser markerade som lästa',
  'statistics.import': 'Import av personalstatistik',
  'statistics.import.names': 'Avdelningar och befattningar skapade vid import',
  'statistics.import.names-removed': 'Avdelningar och befattningar borttagna när importen inte slutfördes',
  'organization.turnover-definition': 'Definition av personalomsättning ändrad',
  'needs.population.preview': 'Befolkningsprognos förhandsgranskad',
  'needs.population.import': 'Befolkningsprognos importerad',
  'needs.staffing-ratio.save': 'Bemanningstal sparat',
  'needs.staffing-ratio.remove': 'Bemanningstal borttaget',
  'needs.volume-change.save': 'Volymförändring angiven',
  'needs.volume-change.remove': 'Volymförändring borttagen',
  'needs.districts.save': 'Förvaltningens stadsdelsområden ändrade',
  'admin.user.create': 'Användare skapad eller tillagd',
  'admin.user.roles': 'Roller ändrade',
  'admin.user.active': 'Användare aktiverad eller inaktiverad',
  'admin.user.end-sessions': 'Inloggningar avslutade',
  'admin.user.password-link': 'Lösenordslänk skapad',
  'admin.department.create': 'Avdelning tillagd',
  'admin.department.update': 'Avdelning ändrad eller flyttad',
  'admin.department.close': 'Avdelning stängd',
  'admin.department.reopen': 'Avdelning öppnad igen',
  'admin.board-goal.create': 'Nämndmål tillagt',
  'admin.board-goal.update': 'Nämndmål ändrat',
  'admin.board-goal.remove': 'Nämndmål borttaget',
  'system.organization.create': 'Förvaltning skapad',
  'system.organization.appoint-admin': 'Administratör utsedd',
  'reference.strategy.create': 'SKR-strategi tillagd',
  'reference.strategy.update': 'SKR-strategi ändrad',
  'reference.strategy-set.create': 'Uppsättning SKR-strategier skapad',
  'reference.strategy-set.make-current': 'Gällande uppsättning SKR-strategier bytt',
  'reference.strategy-mapping.save': 'Koppling mellan strategiuppsättningar sparad',
  'reference.ubara-phase.update': 'UBARA-fas ändrad',
  'kolada.fetch': 'Hämtat från Kolada',
  'kolada.file.preview': 'Kolada-fil förhandsgranskad',
  'kolada.file.import': 'Kolada-fil importerad',
  'kolada.kpi.save': 'Kolada-nyckeltal sparat',
  'kolada.kpi.remove': 'Kolada-nyckeltal borttaget',
  'kolada.settings.save': 'Jämförelsegrupp för Kolada sparad',
  // Scheduled jobs (lib/jobs): written by no user.
  'jobs.follow-up-reminders': 'Påminnelser om uppföljning skickade (schemalagt)',
  'jobs.cleanup': 'Avslutade inloggningar och förbrukade lösenordslänkar rensade (schemalagt)',
  'jobs.kolada-refresh': 'Hämtat från Kolada (schemalagt, nattligen)',
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
