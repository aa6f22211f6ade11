import 'server-only';
import { z } from 'zod';
import { getDb } from '../db/client';
import { startRequestLog } from '../log/logger';
import { type Caller, MESSAGES, logDenied, parseInput } from './guard';
import { organizationIdOfSlug } from './guards';
import { type Permission, can } from './permissions';
import { type OrgContext, getViewer } from './session';

/**
 * The guard for route handlers: what a server action cannot be (a download, a streamed upload, a heartbeat) goes
 * through the same steps as `defineAction`, in this order:
 *   the address's segments (zod): one that cannot name anything is 404 for everyone (lib/route-params.ts) →
 *   a check of the bare request, before the session and the body (an upload's origin) →
 *   signed in, member of the organisation in the address, holding the permission →
 *   the query string (zod; 400) →
 *   the handler, which refuses records out of the caller's scope with `deny` (logged, 403).
 * Every refusal answers in plain Swedish text with its status and writes an access.denied row filed under the
 * organisation the address names; a bug answers 500 in Swedish, never with a stack trace. A route that changes
 * data writes its audit row through `commitOnce`, as an action does.
 */

type Params = { org: string };

export type RouteRefusal = { status: number; message: string; what?: string };

export type RouteArgs<I> = {
  request: Request;
  input: I;
  context: OrgContext;
  /** Refuses a record the caller may not see: logged under the organisation, answered 403. */
  deny: (what: string) => Promise<Response>;
};

export type RouteSpec<P extends Params, S extends z.ZodType> = {
  /** The audit log's "via" and the matrix id, e.g. "review.protocol.docx". */
  name: string;
  permission: Permission;
  /** The address's dynamic segments besides the organisation; one that fails answers 404 before anything else. */
  params?: z.ZodType;
  /** The address's segments and the query string: `{ ...query, ...params }`. A failure answers 400. */
  schema: S;
  /** Checked on the bare request before anything else; a refusal cancels the body unread. */
  precheck?: (request: Request, params: P) => Promise<RouteRefusal | null>;
  handle: (args: RouteArgs<z.infer<S>>) => Promise<Response>;
};

export type RouteHandler<P extends Params> = (request: Request, route: { params: Promise<P> }) => Promise<Response>;

export function defineRoute<P extends Params, S extends z.ZodType>(spec: RouteSpec<P, S>): RouteHandler<P> {
  return async (request, route) => {
    const done = await startRequestLog(spec.name, 'route');
    const caller: Caller = {};
    try {
      const response = await guardedRoute(spec, request, await route.params, caller);
      done(outcomeOfStatus(response.status), { ...caller, status: response.status });
      return response;
    } catch (error) {
      done('failed', { ...caller, status: 500, error });
      await request.body?.cancel().catch(() => {});
      return plainText(MESSAGES.failed, 500);
    }
  };
}

/**
 * A route anyone may call, signed in or not, that reads no organisation's data (the health checks): no session,
 * no audit row, but the same log line and the same Swedish 500 for a bug as every other route.
 */
export function definePublicRoute(spec: { name: string; handle: (request: Request) => Promise<Response> }) {
  return async (request: Request): Promise<Response> => {
    const done = await startRequestLog(spec.name, 'route');
    try {
      const response = await spec.handle(request);
      done(outcomeOfStatus(response.status), { status: response.status });
      return response;
    } catch (error) {
      done('failed', { status: 500, error });
      return plainText(MESSAGES.failed, 500);
    }
  };
}

const OUTCOME_OF_STATUS: Record<number, string> = {
  400: 'invalid',
  401: 'signed-out',
  403: 'denied',
  404: 'not-found',
};

function outcomeOfStatus(status: number): string {
  if (status >= 500) return status === 503 ? 'unavailable' : 'failed';
  return OUTCOME_OF_STATUS[status] ?? (status >= 400 ? 'refused' : 'ok');
}

async function guardedRoute<P extends Params, S extends z.ZodType>(
  spec: RouteSpec<P, S>,
  request: Request,
  params: P,
  caller: Caller,
): Promise<Response> {
  if (spec.params && !spec.params.safeParse(params).success) {
    await request.body?.cancel().catch(() => {});
    return plainText('Sidan finns inte.', 404);
  }
  const db = await getDb();
  const refuse = async (
    refusal: RouteRefusal,
    organizationId: string | null,
    viewer: Awaited<ReturnType<typeof getViewer>>,
  ) => {
    await request.body?.cancel().catch(() => {});
    await logDenied(
      db,
      viewer,
      organizationId ?? (await organizationIdOfSlug(params.org)),
      spec.name,
      refusal.what ?? spec.permission,
    );
    return plainText(refusal.message, refusal.status);
  };

  const early = await spec.precheck?.(request, params);
  if (early) return refuse(early, null, await getViewer());

  const viewer = await getViewer();
  if (viewer) caller.userId = viewer.id;
  if (!viewer) return refuse({ status: 401, message: MESSAGES.signedOut, what: 'signed-out' }, null, null);
  const org = viewer.organizations.find((o) => o.slug === params.org);
  if (!org || !can(org.access, spec.permission)) {
    const what = org ? spec.permission : `organisation:${params.org.slice(0, 100)}`;
    return refuse({ status: 403, message: MESSAGES.denied, what }, org?.id ?? null, viewer);
  }

  const query = Object.fromEntries(new URL(request.url).searchParams);
  // parseInput, as the actions': a control character anywhere is refused before zod or any lookup sees it.
  const parsed = parseInput(spec.schema, { ...query, ...params });
  if (!parsed.ok) {
    await request.body?.cancel().catch(() => {});
    const { error, fieldErrors } = parsed.failure;
    const fields = Object.values(fieldErrors ?? {}).flat();
    return plainText(fields.length ? fields.join(' ') : error === MESSAGES.invalid ? 'Ogiltig förfrågan.' : error, 400);
  }

  const context: OrgContext = { viewer, org };
  const deny = (what: string) => refuse({ status: 403, message: MESSAGES.denied, what }, org.id, viewer);
  return spec.handle({ request, input: parsed.input, context, deny });
}

export function plainText(text: string, status: number): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
