/** Input of the reference-data actions (SKR strategy sets, UBARA phases, nämndmål). Client-safe. */
import { z } from 'zod';
import { orgSlug, requestIdField } from '../auth/guard-schemas';
import { userText } from '../schemas';

const id = z.string().trim().min(1, 'Saknas.').max(100, 'Ogiltigt id.');
const checkbox = z
  .enum(['on', 'true', 'false', ''])
  .optional()
  .transform((v) => v === 'on' || v === 'true');
const name = (what: string) =>
  userText()
    .min(2, `Skriv ${what} (minst 2 tecken).`)
    .max(200, `${what[0]!.toUpperCase()}${what.slice(1)} får vara högst 200 tecken.`);
const description = userText({ multiline: true }).max(2000, 'Beskrivningen får vara högst 2 000 tecken.');
const year = (message: string) =>
  z.coerce.number({ error: message }).int(message).min(2000, message).max(2100, message);

export const strategyFields = {
  name: name('strategins namn'),
  description: description.optional().default(''),
  verified: checkbox,
};

export const updateStrategySchema = z.strictObject({
  requestId: requestIdField,
  strategyId: id,
  /** The name the form showed: a save over someone else's newer change is refused as a conflict. */
  expectedName: z.string().max(400),
  ...strategyFields,
});

export const createStrategySchema = z.strictObject({ requestId: requestIdField, setId: id, ...strategyFields });

export const createStrategySetSchema = z.strictObject({
  requestId: requestIdField,
  name: name('uppsättningens namn'),
  validFrom: year('Ange det år uppsättningen gäller från, t.ex. 2028.'),
  copyFromSetId: id,
});

export const makeCurrentSetSchema = z.strictObject({ requestId: requestIdField, setId: id });

/** One checkbox per pair: "fromId>toId". */
const pairList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => [...new Set([v ?? []].flat().filter(Boolean))])
  .pipe(
    z.array(z.string().regex(/^[^>\s]{1,100}>[^>\s]{1,100}$/, 'Ogiltig koppling.')).max(2000, 'För många kopplingar.'),
  );

export const saveMappingSchema = z.strictObject({
  requestId: requestIdField,
  fromSetId: id,
  toSetId: id,
  pairs: pairList,
});

export const updatePhaseSchema = z.strictObject({
  requestId: requestIdField,
  phaseId: id,
  expectedName: z.string().max(400),
  name: name('fasens namn'),
  description,
});

const boardGoalFields = {
  code: userText().min(1, 'Skriv målets nummer, t.ex. 3.4.1.').max(20, 'Numret får vara högst 20 tecken.'),
  title: userText({ multiline: true })
    .min(5, 'Skriv målet (minst 5 tecken).')
    .max(1000, 'Målet får vara högst 1 000 tecken.'),
  year: year('Ange året nämnden satte målet för, t.ex. 2027.'),
};

export const createBoardGoalSchema = z.strictObject({ org: orgSlug, requestId: requestIdField, ...boardGoalFields });
export const updateBoardGoalSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  boardGoalId: id,
  expectedTitle: z.string().max(2000),
  ...boardGoalFields,
});
export const removeBoardGoalSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  boardGoalId: z.string().trim().min(1, 'Välj ett nämndmål att ta bort.').max(100, 'Ogiltigt id.'),
});
