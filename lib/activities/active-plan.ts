/**
 * Which plan is followed up now. Pure. The plan whose years include the reporting year (adopted first); before
 * that plan exists, the newest that has started; a plan for later years (drafted or adopted in advance) is not
 * followed up until its first year comes.
 */
export type PlanCandidate = { id: string; startYear: number; endYear: number; status: string };

export function choosePlanToFollowUp<P extends PlanCandidate>(plans: readonly P[], year: number): P | null {
  const newestFirst = [...plans].sort((a, b) => b.startYear - a.startYear);
  const covering = newestFirst.filter((p) => p.startYear <= year && year <= p.endYear);
  const started = newestFirst.filter((p) => p.startYear <= year);
  const soonest = [...plans].sort((a, b) => a.startYear - b.startYear);
  return (
    covering.find((p) => p.status === 'ADOPTED') ??
    covering[0] ??
    started.find((p) => p.status === 'ADOPTED') ??
    started[0] ??
    soonest[0] ??
    null
  );
}

/**
 * Which plan "Aktiviteter" opens on: the newest plan whose first year has come on Stockholm's calendar, whatever
 * its status, so the plan for this year takes over on 1 January (while last year's annual report is still followed
 * up on the plan before it); before any has started, the soonest. Pure.
 */
export function choosePlanToOpen<P extends Pick<PlanCandidate, 'startYear'>>(
  plans: readonly P[],
  year: number,
): P | null {
  const newestFirst = [...plans].sort((a, b) => b.startYear - a.startYear);
  return newestFirst.find((p) => p.startYear <= year) ?? newestFirst.at(-1) ?? null;
}
