/** next/cache outside a Next request: revalidation has nothing to revalidate in a test, so it is recorded only. */
export const revalidated: string[] = [];

export function revalidatePath(path: string): void {
  revalidated.push(path);
}

export function revalidateTag(tag: string): void {
  revalidated.push(`tag:${tag}`);
}
