import { definePublicRoute } from '@/lib/auth/route-guard';

export const dynamic = 'force-dynamic';

/**
 * Liveness: the process answers. It reads nothing, so an orchestrator does not restart a server only because the
 * database is away (that is /api/health's 503, which takes the instance out of the load balancer instead).
 */
export const GET = definePublicRoute({
  name: 'health.live',
  handle: async () => Response.json({ status: 'ok' }),
});
