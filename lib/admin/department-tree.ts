/** The department tree as plain data: ordering for display and the cycle rule for moves. Pure. */

export type TreeNode = { id: string; parentId: string | null; name: string; sortOrder: number };

/** True when `candidateParentId` is the department itself or lies below it: moving there would make a cycle. */
export function wouldCreateCycle(nodes: readonly TreeNode[], id: string, candidateParentId: string | null): boolean {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  const seen = new Set<string>();
  for (let at = candidateParentId; at !== null && at !== undefined; at = parentOf.get(at) ?? null) {
    if (at === id) return true;
    if (seen.has(at)) return true; // an existing cycle: refuse rather than loop
    seen.add(at);
  }
  return false;
}

/** Depth-first order (parents before their children, siblings by sortOrder then name) with each node's depth. */
export function flattenTree<T extends TreeNode>(nodes: readonly T[]): { node: T; depth: number }[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, T[]>();
  for (const node of nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const order = (a: T, b: T) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'sv');
  const out: { node: T; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const node of [...(children.get(parent) ?? [])].sort(order)) {
      if (out.some((o) => o.node.id === node.id)) continue;
      out.push({ node, depth });
      visit(node.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
