import 'server-only';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { recordAudit } from '../audit';
import { startRequestLog } from '../log/logger';
import { type Db, getDb } from '../db/client';
import { withValues } from '../form-values';
import { Prisma } from '../generated/prisma/client';
import type { ActionResult, FailureCode } from './guard-schemas';
import { type Permission, can } from './permissions';
import { organizationIdOfSlug } from './guards';
import { type OrgContext, type Viewer, getViewer } from './session';
import { CONTROL_CHARACTER_MESSAGE, controlCharacterField } from '../schemas';

/**
 * The one way in for every server action (issue 6; route handlers take `defineRoute` in route-guard.ts, the same steps):
 *   zod (unknown fields rejected) → signed in, member of the organisation, holding the permission →
 *   record scope, checked inside the transaction → the domain call → its audit row, in the same transaction →
 *   a typed result. A repeated request carrying the same `requestId` (a double click, a retry) returns the
 *   first result and writes nothing more. Refusals change nothing and are written to the audit log.
 */

export type { ActionResult, FailureCode } from './guard-schemas';

export const MESSAGES = {
  signedOut: 'Du är inte inloggad. Logga in och försök igen.',
  denied: 'Behörighet saknas för den här åtgärden.',
  invalid: 'Uppgifterna kunde inte sparas. Rätta det som är markerat och försök igen.',
  failed: 'Ett oväntat fel inträffade. Inget har sparats. Försök igen.',
} as const;

export type Tx = Prisma.TransactionClient;

// Concurrent saves queue for a connection and for row locks on PostgreSQL; Prisma's 2 s default wait is too short.
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

export type AuditRecord = {
  /** Defaults to the action's name. */
  action?: string;
  entityType: string;
  entityId: string;
  details?: Prisma.InputJsonValue;
};

/** What a domain call returns: data and the audit row(s) that describe the change, or a domain failure. */
export type Outcome<T> =
  | { ok: true; data: T; audit: AuditRecord | AuditRecord[] }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; code?: FailureCode };

type GuardInput = { org: string; requestId?: string | undefined };

export type ActionSpec<S extends z.ZodType<GuardInput>, T> = {
  /** Audit action and matrix id, e.g. "plan.section.save". */
  name: string;
  schema: S;
  permission: Permission;
  /** Record scope: may this caller touch the records the input names? Runs first inside the transaction. */
  authorize?: (args: GuardArgs<z.infer<S>>) => Promise<boolean>;
  run: (args: GuardArgs<z.infer<S>>) => Promise<Outcome<T>>;
  /** Paths to revalidate after a successful change. */
  revalidate?: (args: { input: z.infer<S>; context: OrgContext }) => string[];
};

export type GuardArgs<I> = { tx: Tx; input: I; context: OrgContext };

export type Action<T> = (raw: unknown) => Promise<ActionResult<T>>;

const guardedActions = new WeakSet<object>();

/** Whether a function is an action defineAction built: it authorizes in the guard (the data-access test's census). */
export function isGuardedAction(value: unknown): boolean {
  return typeof value === 'function' && guardedActions.has(value);
}

/**
 * Wraps a domain call in the guard. The returned function is what a server action or route handler calls. Every
 * failure carries the submitted values back, so a form shows what the user typed (components/ui/form-bits.tsx).
 */
export function defineAction<S extends z.ZodType<GuardInput>, T>(spec: ActionSpec<S, T>): Action<T> {
  const action: Action<T> = async (raw) => {
    const done = await startRequestLog(spec.name, 'action');
    const caller: Caller = {};
    try {
      const result = await guarded(spec, raw, caller);
      done(outcomeOf(result), caller);
      return withValues(result, raw);
    } catch (error) {
      // A bug, not an expected refusal: log it, never answer with a 500 or a stack trace.
      done('failed', { ...caller, error });
      return withValues({ ok: false as const, error: MESSAGES.failed, code: 'failed' as const }, raw);
    }
  };
  guardedActions.add(action);
  return action;
}

export class Refusal extends Error {
  constructor(readonly result: Extract<ActionResult<never>, { ok: false }>) {
    super(result.error);
  }
}

/** Who called, for the request's log line (filled in by the guard once known). */
export type Caller = { userId?: string };

/** The log's outcome of an action's result: ok, or its failure code. */
export function outcomeOf(result: ActionResult<unknown>): string {
  return result.ok ? 'ok' : (result.code ?? 'refused');
}

async function guarded<S extends z.ZodType<GuardInput>, T>(spec: ActionSpec<S, T>, raw: unknown, caller: Caller) {
  const db = await getDb();
  const viewer = await getViewer();
  if (viewer) caller.userId = viewer.id;
  if (!viewer) {
    await logDenied(db, null, null, spec.name, 'signed-out');
    return { ok: false as const, error: MESSAGES.signedOut, code: 'signed-out' as const };
  }
  const parsed = parseInput(spec.schema, raw);
  if (!parsed.ok) return parsed.failure;
  const input = parsed.input;
  const org = viewer.organizations.find((o) => o.slug === input.org);
  if (!org || !can(org.access, spec.permission)) {
    const organizationId = org?.id ?? (await organizationIdOfSlug(input.org));
    await logDenied(db, viewer, organizationId, spec.name, org ? spec.permission : `organisation:${input.org}`);
    return { ok: false as const, error: MESSAGES.denied, code: 'denied' as const };
  }
  const context: OrgContext = { viewer, org };
  const result = await commitOnce<T>({
    db,
    name: spec.name,
    viewer,
    organizationId: org.id,
    requestId: input.requestId,
    change: async (tx) => {
      if (spec.authorize && !(await spec.authorize({ tx, input, context }))) {
        return { ok: false, error: MESSAGES.denied, code: 'denied' };
      }
      return spec.run({ tx, input, context });
    },
  });
  if (result.ok) for (const path of spec.revalidate?.({ input, context }) ?? []) revalidatePath(path, 'layout');
  return result;
}

type Failure = Extract<ActionResult<never>, { ok: false }>;

/**
 * The schema's verdict on the raw input: the parsed input, or the Swedish message and the fields to correct.
 * A control character in any field (an id, a choice, text) is refused first: no field has a use for one, and
 * PostgreSQL cannot even compare a string holding NUL, so a lookup by such an id would fail instead of find nothing.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { ok: true; input: z.infer<S> } | { ok: false; failure: Failure } {
  const field = controlCharacterField(raw);
  if (field !== null) {
    const fieldErrors = field ? { [field]: [CONTROL_CHARACTER_MESSAGE] } : {};
    return { ok: false, failure: { ok: false, error: CONTROL_CHARACTER_MESSAGE, fieldErrors, code: 'invalid' } };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const { fieldErrors, formErrors } = z.flattenError(parsed.error) as {
    fieldErrors: Record<string, string[]>;
    formErrors: string[];
  };
  return {
    ok: false,
    failure: {
      ok: false,
      error: formErrors.length ? formErrors.join(' ') : MESSAGES.invalid,
      fieldErrors,
      code: 'invalid',
    },
  };
}

/**
 * Runs an authorized change once: in one transaction with its audit rows and, when the request carries a
 * requestId, its receipt, so that a repeated request returns the first result and writes nothing more. A refusal
 * from the change rolls everything back; a refusal of the record scope ("denied") is logged.
 */
export async function commitOnce<T>(args: {
  db: Db;
  name: string;
  viewer: Viewer;
  /** The organisation the audit rows name, unless the change's outcome names one. */
  organizationId: string | null;
  requestId: string | undefined;
  change: (tx: Tx) => Promise<Outcome<T> & { organizationId?: string }>;
}): Promise<ActionResult<T>> {
  const { db, name, viewer } = args;
  const receiptKey = args.requestId ? `${viewer.id}:${args.requestId}` : null;
  if (receiptKey) {
    const earlier = await findReceipt<T>(db, receiptKey);
    if (earlier) return earlier;
  }
  try {
    const data = await db.$transaction(async (tx) => {
      if (receiptKey) {
        // Taken first: a concurrent duplicate waits here on PostgreSQL and then finds the key taken.
        await tx.actionReceipt.create({ data: { key: receiptKey, action: name, userId: viewer.id } });
      }
      const outcome = await args.change(tx);
      if (!outcome.ok) throw new Refusal(outcome);
      for (const entry of [outcome.audit].flat()) {
        await recordAudit(tx, {
          action: entry.action ?? name,
          userId: viewer.id,
          userEmail: viewer.email,
          organizationId: outcome.organizationId ?? args.organizationId,
          entityType: entry.entityType,
          entityId: entry.entityId,
          details: entry.details,
        });
      }
      if (receiptKey) {
        await tx.actionReceipt.update({
          where: { key: receiptKey },
          data: { result: { ok: true, data: outcome.data } as Prisma.InputJsonValue },
        });
      }
      return outcome.data;
    }, TRANSACTION_OPTIONS);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof Refusal) {
      if (error.result.code === 'denied') await logDenied(db, viewer, args.organizationId, name, 'record-scope');
      return error.result;
    }
    if (receiptKey && isUniqueViolation(error)) {
      const earlier = await findReceipt<T>(db, receiptKey);
      if (earlier) return earlier;
    }
    throw error;
  }
}

export async function findReceipt<T>(db: Db, key: string): Promise<ActionResult<T> | null> {
  const receipt = await db.actionReceipt.findUnique({ where: { key } });
  return receipt?.result ? (receipt.result as ActionResult<T>) : null;
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

export async function logDenied(
  db: Db,
  viewer: Viewer | null,
  organizationId: string | null,
  name: string,
  what: string,
) {
  await recordAudit(db, {
    action: 'access.denied',
    userId: viewer?.id ?? null,
    userEmail: viewer?.email ?? null,
    organizationId,
    details: { what, via: name },
  });
}

/** A form's fields as a plain object for the schema: repeated names become arrays, Next's internal fields go. */
export function formFields(form: FormData, arrays: readonly string[] = []): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = form.getAll(key);
    fields[key] = arrays.includes(key) ? values : values.at(-1);
  }
  return fields;
}
