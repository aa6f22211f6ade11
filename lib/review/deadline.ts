/**
 * "Until the meeting": a union rep asks, edits and withdraws their own questions up to and including the day of
 * the meeting (Stockholm's calendar); from the day after, what was asked stands as the meeting dealt with it. Pure.
 */
const STOCKHOLM_DAY = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** "2026-04-14" for a moment, in Stockholm. */
export function stockholmDate(moment: Date): string {
  return STOCKHOLM_DAY.format(moment);
}

/** Meeting dates are stored as calendar dates (UTC midnight). */
export function meetingDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isOpenForQuestions(meetingDate: Date, now: Date = new Date()): boolean {
  return stockholmDate(now) <= meetingDay(meetingDate);
}

export function meetingPassedMessage(meetingDate: Date): string {
  return `Mötet hölls ${meetingDay(meetingDate)}. Frågor kan inte längre ställas, ändras eller dras tillbaka.`;
}
