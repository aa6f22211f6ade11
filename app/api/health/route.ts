import { definePublicRoute } from '@/lib/auth/route-guard';
import { getDb } from '@/lib/db/client';
import { readiness } from '@/lib/db/health';

export const dynamic = 'force-dynamic';

/**
 * Readiness, for the load balancer and the deploy: 200 when the database answers and every shipped migration is
 * applied, else 503 with the reason. On the embedded database the first call opens it (migrating, seeding).
 * Liveness, which touches nothing, is /api/health/live.
 */
export const GET = definePublicRoute({
  name: 'health.ready',
  handle: async () => {
    const result = await readiness(getDb);
    return Response.json(result.body, { status: result.ready ? 200 : 503 });
  },
});
