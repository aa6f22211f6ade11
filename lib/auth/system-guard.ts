import 'server-only';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { recordAudit } from '../audit';
import { getDb } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import {
  type Action,
  type Outcome,
  MESSAGES,
  Refusal,
  TRANSACTION_OPTIONS,
  type Tx,
  findReceipt,
  isUniqueViolation,
  logDenied,
} from './guard';
import { type Viewer, getViewer } from './session';

/**
 * The guard for the few actions that belong to no organisation: creating an organisation and appointing its
 * first administrators. The same steps as defineAction (zod → signed in and a system administrator → one
 * transaction with its audit row → typed result, idempotent by requestId); the audit row names the organisation
 * the change concerns, so the organisation's administrators find it in their log.
 */
export type SystemActionSpec<S extends z.ZodType<{ requestId?: string | undefined }>, T> = {
  name: string;
  schema: S;
  run: (args: { tx: Tx; input: z.infer<S>; viewer: Viewer }) => Promise<Outcome<T> & { organizationId?: string }>;
  revalidate?: string[];
};

export function defineSystemAction<S extends z.ZodType<{ requestId?: string | undefined }>, T>(
  spec: SystemActionSpec<S, T>,
): Action<T> {
  return async (raw) => {
    try {
      return await guarded(spec, raw);
    } catch (error) {
      console.error(`[action ${spec.name}] failed`, error);
      return { ok: false, error: MESSAGES.failed, code: 'failed' };
    }
  };
}

async function guarded<S extends z.ZodType<{ requestId?: string | undefined }>, T>(
  spec: SystemActionSpec<S, T>,
  raw: unknown,
) {
  const db = await getDb();
  const viewer = await getViewer();
  if (!viewer) {
    await logDenied(db, null, null, spec.name, 'signed-out');
    return { ok: false as const, error: MESSAGES.signedOut, code: 'signed-out' as const };
  }
  if (!viewer.isSystemAdmin) {
    await logDenied(db, viewer, null, spec.name, 'system-admin');
    return { ok: false as const, error: MESSAGES.denied, code: 'denied' as const };
  }
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors, formErrors } = z.flattenError(parsed.error) as {
      fieldErrors: Record<string, string[]>;
      formErrors: string[];
    };
    return {
      ok: false as const,
      error: formErrors.length ? formErrors.join(' ') : MESSAGES.invalid,
      fieldErrors,
      code: 'invalid' as const,
    };
  }
  const input = parsed.data;
  const receiptKey = input.requestId ? `${viewer.id}:${input.requestId}` : null;
  if (receiptKey) {
    const earlier = await findReceipt<T>(db, receiptKey);
    if (earlier) return earlier;
  }
  try {
    const data = await db.$transaction(async (tx) => {
      if (receiptKey)
        await tx.actionReceipt.create({ data: { key: receiptKey, action: spec.name, userId: viewer.id } });
      const outcome = await spec.run({ tx, input, viewer });
      if (!outcome.ok) throw new Refusal(outcome);
      for (const entry of [outcome.audit].flat()) {
        await recordAudit(tx, {
          action: entry.action ?? spec.name,
          userId: viewer.id,
          userEmail: viewer.email,
          organizationId: outcome.organizationId ?? null,
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
    for (const path of spec.revalidate ?? []) revalidatePath(path, 'layout');
    return { ok: true as const, data };
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    if (receiptKey && isUniqueViolation(error)) {
      const earlier = await findReceipt<T>(db, receiptKey);
      if (earlier) return earlier;
    }
    throw error;
  }
}
