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
