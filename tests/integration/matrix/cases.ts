import type { Caller, World } from './world';

export type MatrixCase = {
  /** The entry point's id as discovered from the file tree, e.g. "page /[org]/plan/[year]". */
  entry: string;
  /** Callers who are let in; everyone else must be refused, with nothing changed and the refusal logged. */
  allowed: readonly Caller[] | 'everyone';
  /** Calls the entry point as the current caller (tests/support/as-user.ts). */
  call: ((world: World) => Promise<unknown>) | null;
  /** Why an entry point is not called per caller (only for public ones with nothing to protect). */
  notCalledBecause?: string;
};

export const MEMBERS: readonly Caller[] = ['hr', 'manager', 'otherDeptManager', 'union', 'admin'];
export const SIGNED_IN: readonly Caller[] = [...MEMBERS, 'otherOrgHr', 'systemAdmin'];

/** A page component called as Next calls it. */
export function page(load: () => Promise<{ default: (props: never) => unknown }>, params: (w: World) => object) {
  return async (world: World) => {
    const { default: Page } = await load();
    const props = { params: Promise.resolve(params(world)), searchParams: Promise.resolve({}) };
    return (Page as (p: typeof props) => unknown)(props);
  };
}

type Fields = Record<string, unknown>;
let mutate: ((fields: Fields) => Fields) | null = null;

/**
 * The input a case sends, as it is, or as the fuzz test (tests/integration/fuzz.test.ts) rewrites it: every case
 * passes its fields through here (formData does), so one list of entry points serves both tests.
 */
export function input<T extends Fields>(fields: T): T {
  return (mutate ? mutate(fields) : fields) as T;
}

/** Runs `call` with every input it builds rewritten by `rewrite`. */
export async function withInputs<R>(rewrite: (fields: Fields) => Fields, call: () => Promise<R>): Promise<R> {
  mutate = rewrite;
  try {
    return await call();
  } finally {
    mutate = null;
  }
}

export function formData(fields: Record<string, string | string[] | Blob>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(input(fields))) {
    for (const v of [value].flat()) form.append(key, v);
  }
  return form;
}
