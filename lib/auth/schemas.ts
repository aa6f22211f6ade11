import { z } from 'zod';

/** The sign-in form. Limits keep a hostile request from costing anything before it is refused. */
export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  password: z.string().min(1).max(200),
});
