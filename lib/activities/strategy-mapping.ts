/** SKR strategy sets change over the years; administrators map one set's strategies to the next. Pure. */

export type StrategyMappingInput = {
  /** Every strategy's set. */
  setOf: ReadonlyMap<string, string>;
  /** Administrators' mappings, older set → newer set. */
  mappings: readonly { fromId: string; toId: string }[];
  targetSetId: string;
};

/**
 * The strategies of the target set that `ids` become: a strategy already in the target set stays; another follows
 * the mappings, through intermediate sets if need be (2019 → 2020 → 2024). A strategy that reaches nothing in the
 * target set is returned as unmapped, so the caller can say so instead of silently dropping it.
 */
export function mapStrategiesToSet(
  ids: readonly string[],
  input: StrategyMappingInput,
): { mapped: string[]; unmapped: string[] } {
  const next = new Map<string, string[]>();
  for (const { fromId, toId } of input.mappings) next.set(fromId, [...(next.get(fromId) ?? []), toId]);
  const mapped = new Set<string>();
  const unmapped: string[] = [];
  for (const id of ids) {
    const reached = reach(id, next, input);
    if (reached.length === 0) unmapped.push(id);
    for (const target of reached) mapped.add(target);
  }
  return { mapped: [...mapped], unmapped };
}

function reach(start: string, next: ReadonlyMap<string, string[]>, input: StrategyMappingInput): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  let frontier = [start];
  while (frontier.length > 0) {
    const following: string[] = [];
    for (const id of frontier) {
      if (seen.has(id)) continue; // a mapping cycle must not loop forever
      seen.add(id);
      if (input.setOf.get(id) === input.targetSetId) found.push(id);
      else following.push(...(next.get(id) ?? []));
    }
    frontier = following;
  }
  return found;
}
