import { z } from 'zod';
import { parseInput } from '@/lib/auth/guard';
import { defineRoute } from '@/lib/auth/route-guard';
import { touchPresence } from '@/lib/plans/editing';
import { presenceSchema } from '@/lib/plans/schemas';
import { orgSlug } from '@/lib/auth/guard-schemas';

/**
 * Heartbeat of an open editor: "I have this section open; who else has?". A route, not an action, because it
 * runs every 20 seconds per editor and is not a change worth an audit row; refusals are still logged.
 */
export const POST = defineRoute({
  name: 'plan.presence',
  permission: 'edit:plan',
  schema: z.object({ org: orgSlug }),
  handle: async ({ request, input, context }) => {
    const body: unknown = await request.json().catch(() => null);
    const parsed = parseInput(presenceSchema, { ...(isPlainObject(body) ? body : {}), org: input.org });
    if (!parsed.ok) return Response.json({ error: 'Ogiltig förfrågan.' }, { status: 400 });
    const others = await touchPresence(context.org.access, parsed.input.sectionId, context.viewer.id);
    if (others === null) return Response.json({ error: 'Avsnittet finns inte.' }, { status: 404 });
    return Response.json({ others }, { headers: { 'Cache-Control': 'no-store' } });
  },
});

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
