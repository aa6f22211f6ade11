import { authorizeRequest, parseInput } from '@/lib/auth/guard';
import { presenceSchema } from '@/lib/plans/schemas';
import { touchPresence } from '@/lib/plans/editing';

/**
 * Heartbeat of an open editor: "I have this section open; who else has?". A route handler, not a guarded
 * action, because it runs every 20 seconds per editor and is not a change worth an audit row; refusals are
 * still logged by authorizeRequest.
 */
export async function POST(request: Request, { params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const auth = await authorizeRequest(org, 'edit:plan', 'plan.presence');
  if (!auth.ok) return auth.response;
  const body: unknown = await request.json().catch(() => null);
  const parsed = parseInput(presenceSchema, { ...(isPlainObject(body) ? body : {}), org });
  if (!parsed.ok) return Response.json({ error: 'Ogiltig förfrågan.' }, { status: 400 });
  const others = await touchPresence(auth.context.org.access, parsed.input.sectionId, auth.context.viewer.id);
  if (others === null) return Response.json({ error: 'Avsnittet finns inte.' }, { status: 404 });
  return Response.json({ others }, { headers: { 'Cache-Control': 'no-store' } });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
