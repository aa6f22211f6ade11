import { z } from 'zod';
import { orgSlug, requestIdField } from '../auth/guard-schemas';
import { userText } from '../schemas';

export const turnoverDefinitionSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  definition: userText({ multiline: true })
    .min(20, 'Skriv definitionen med minst 20 tecken, så att läsaren förstår vad som räknas.')
    .max(1000, 'Definitionen får vara högst 1 000 tecken.'),
});
