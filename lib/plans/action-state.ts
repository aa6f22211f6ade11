import type { ActionResult } from '../auth/guard-schemas';

/** What every plan form's action answers: a message, and where to go next when the change opens a page. */
export type PlanActionState = ActionResult<{ message?: string; href?: string; version?: number }> | null;
