import { z } from 'zod';
import { userText } from '../schemas';

export const turnoverDefinitionSchema = z.object({
  org: z.string().min(1).max(100),
  definition: userText({ multiline: true })
    .min(20, 'Skriv definitionen med minst 20 tecken, så att läsaren förstår vad som räknas.')
    .max(1000, 'Definitionen får vara högst 1 000 tecken.'),
});
