import 'server-only';
import type { Tx } from '../auth/guard';
import type { OrgAccess } from '../auth/permissions';
import { meetingVisibilityWhere, speaksForInvitedUnion } from './visibility';

export const QUESTION_CHANGED =
  'Frågan har ändrats av någon annan sedan du öppnade sidan. Ladda om sidan och läs den innan du försöker igen.';
export const MEETING_CHANGED = 'Mötet har ändrats av någon annan. Ladda om sidan och försök igen.';

/** Record scope: the meeting is one the caller sees (HR: the organisation's; a rep: their union is invited). */
export async function meetingVisible(tx: Tx, meetingId: string, access: OrgAccess): Promise<boolean> {
  return (await tx.reviewMeeting.count({ where: { AND: [meetingVisibilityWhere(access), { id: meetingId }] } })) === 1;
}

/** Record scope: the question belongs to a meeting the caller sees. */
export async function questionVisible(tx: Tx, questionId: string, access: OrgAccess): Promise<boolean> {
  return (await tx.reviewQuestion.count({ where: { id: questionId, meeting: meetingVisibilityWhere(access) } })) === 1;
}

/** Record scope for a rep's edit or withdrawal: a question of a meeting they see, and their own. */
export async function ownQuestion(tx: Tx, questionId: string, access: OrgAccess, userId: string): Promise<boolean> {
  return (
    (await tx.reviewQuestion.count({
      where: { id: questionId, authorId: userId, meeting: meetingVisibilityWhere(access) },
    })) === 1
  );
}

export const ANSWER_AS_REP =
  'Du är fackligt ombud för en organisation som är inbjuden till mötet och kan inte svara som arbetsgivare. Be en annan HR-konsult svara.';

/** Separation of duties (visibility.ts speaksForInvitedUnion), read for the question's meeting. */
export async function repOfInvitedUnion(tx: Tx, meetingId: string | null, access: OrgAccess): Promise<boolean> {
  if (!meetingId || !access.unionOrganizationId) return false;
  const invited = await tx.reviewMeetingUnion.findMany({ where: { meetingId }, select: { unionOrganizationId: true } });
  return speaksForInvitedUnion(
    access,
    invited.map((u) => u.unionOrganizationId),
  );
}
