import 'server-only';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { type Db, getDb } from '../db/client';
import { withValues } from '../form-values';
import {
  type Action,
  type ActionResult,
  type Outcome,
  type Caller,
  MESSAGES,
  type Tx,
  commitOnce,
  logDenied,
  outcomeOf,
  parseInput,
} from './guard';
import { startRequestLog } from '../log/logger';
import { type Viewer, getViewer } from './session';

/**
 * The guard for the few actions that belong to no organisation: creating an organisation and appointing its
 * first administrators. The same steps as defineAction (zod → signed in and a system administrator → one
 * transaction with its audit row → typed result, idempotent by requestId); the audit row names the organisation
 * the change concerns, so the organisation's administrators find it in their log.
 */
export type SystemActionSpec<S extends z.ZodType<{ requestId?: string | undefined }>, T, P = undefined> = {
  name: string;
  schema: S;
  /**
   * Slow work that must not hold a transaction open (a call to another service), run after the caller is
   * authorized and before the transaction; a failure here changes nothing.
   */
  prepare?: (args: { db: Db; input: z.infer<S>; viewer: Viewer }) => Promise<{ ok: true; value: P } | Failure>;
  run: (args: {
    tx: Tx;
    input: z.infer<S>;
    viewer: Viewer;
    prepared: P;
  }) => Promise<Outcome<T> & { organizationId?: string }>;
  revalidate?: string[];
};

type Failure = Extract<ActionResult<never>, { ok: false }>;

export function defineSystemAction<S extends z.ZodType<{ requestId?: string | undefined }>, T, P = undefined>(
  spec: SystemActionSpec<S, T, P>,
): Action<T> {
  return async (raw) => {
    const done = await startRequestLog(spec.name, 'action');
    const caller: Caller = {};
    try {
      const result = await guarded(spec, raw, caller);
      done(outcomeOf(result), caller);
      return withValues(result, raw);
    } catch (error) {
      done('failed', { ...caller, error });
      return withValues({ ok: false as const, error: MESSAGES.failed, code: 'failed' as const }, raw);
    }
  };
}

async function guarded<S extends z.ZodType<{ requestId?: string | undefined }>, T, P>(
  spec: SystemActionSpec<S, T, P>,
  raw: unknown,
  caller: Caller,
): Promise<ActionResult<T>> {
  const db = await getDb();
  const viewer = await getViewer();
  if (viewer) caller.userId = viewer.id;
  if (!viewer) {
    await logDenied(db, null, null, spec.name, 'signed-out');
    return { ok: false, error: MESSAGES.signedOut, code: 'signed-out' };
  }
  if (!viewer.isSystemAdmin) {
    await logDenied(db, viewer, null, spec.name, 'system-admin');
    return { ok: false, error: MESSAGES.denied, code: 'denied' };
  }
  const parsed = parseInput(spec.schema, raw);
  if (!parsed.ok) return parsed.failure;
  const input = parsed.input;
  const prepared = spec.prepare
    ? await spec.prepare({ db, input, viewer })
    : { ok: true as const, value: undefined as P };
  if (!prepared.ok) return prepared;
  const result = await commitOnce<T>({
    db,
    name: spec.name,
    viewer,
    organizationId: null,
    requestId: input.requestId,
    change: (tx) => spec.run({ tx, input, viewer, prepared: prepared.value }),
  });
  if (result.ok) for (const path of spec.revalidate ?? []) revalidatePath(path, 'layout');
  return result;
}
