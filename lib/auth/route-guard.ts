import 'server-only';
import { z } from 'zod';
import { getDb } from '../db/client';
import { MESSAGES, logDenied, parseInput } from './guard';
import { organizationIdOfSlug } from './guards';
import { type Permission, can } from './permissions';
import { type OrgContext, getViewer } from './session';

/**
 * The guard for route handlers: what a server action cannot be (a download, a streamed upload, a heartbeat) goes
 * through the same steps as `defineAction`, in this order:
 *   a check of the bare request, before the session and the body (an upload's origin) →
 *   signed in, member of the organisation in the address, holding the permission →
 *   the address and query string, parsed with zod →
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
  /** The address's parameters and the query string: `{ ...params, ...query }`. A failure answers 400. */
  schema: S;
  /**
   * Whether the address can name anything at all (lib/route-params.ts): a mistyped one answers 404 before the
   * session or the permission is looked at, so it is never "Behörighet saknas" and reveals nothing.
   */
  addressable?: (params: P) => boolean;
  /** Checked on the bare request before anything else; a refusal cancels the body unread. */
  precheck?: (request: Request, params: P) => Promise<RouteRefusal | null>;
  handle: (args: RouteArgs<z.infer<S>>) => Promise<Response>;
};

export type RouteHandler<P extends Params> = (request: Request, route: { params: Promise<P> }) => Promise<Response>;

export function defineRoute<P extends Params, S extends z.ZodType>(spec: RouteSpec<P, S>): RouteHandler<P> {
  return async (request, route) => {
    try {
      return await guardedRoute(spec, request, await route.params);
    } catch (error) {
      console.error(`[route ${spec.name}] failed`, error);
      await request.body?.cancel().catch(() => {});
      return plainText(MESSAGES.failed, 500);
    }
  };
}

async function guardedRoute<P extends Params, S extends z.ZodType>(
  spec: RouteSpec<P, S>,
  request: Request,
  params: P,
): Promise<Response> {
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

  if (spec.addressable && !spec.addressable(params)) {
    await request.body?.cancel().catch(() => {});
    return plainText('Sidan finns inte.', 404);
  }
  const early = await spec.precheck?.(request, params);
  if (early) return refuse(early, null, await getViewer());

  const viewer = await getViewer();
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
