export type Lookup = Map<string, string>;

/** The id of a named record the seed created, or a clear error naming the unknown name. */
export function lookup(map: Lookup, key: string | undefined, what: string, org: string): string | null {
  if (key === undefined) return null;
  const id = map.get(key);
  if (!id) throw new Error(`${org}: okänd ${what} "${key}" i seed-data`);
  return id;
}
