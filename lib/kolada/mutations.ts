import 'server-only';
import { createHash } from 'node:crypto';
import type { Outcome, Tx } from '../auth/guard';
import { defineSystemAction } from '../auth/system-guard';
import { type KoladaFetched, fetchListedKpis, storeFetched } from './api-fetch';
import type { KoladaRow } from './format';
import { readKoladaFile } from './file-import';
import {
  type KoladaActionData,
  type KoladaFilePreview,
  fetchKoladaSchema,
  importKoladaFileSchema,
  previewKoladaFileSchema,
  removeKoladaKpiSchema,
  saveKoladaKpiSchema,
  saveKoladaSettingsSchema,
} from './schemas';
import { storeKoladaRows } from './store';

/**
 * "Hämta från Kolada" and "Importera Kolada-fil" (system administrators, /system/kolada). A fetch talks to Kolada
 * before the transaction (the guard's prepare step), so a slow or failing Kolada holds no connection and a failure
 * stores nothing; what came back lands in one transaction with its provenance and audit row.
 */

const PATHS = ['/system/kolada', '/'];

export const fetchFromKoladaAction = defineSystemAction<typeof fetchKoladaSchema, KoladaActionData, KoladaFetched>({
  name: 'kolada.fetch',
  schema: fetchKoladaSchema,
  prepare: ({ db, input }) => fetchListedKpis(db, input),
  run: async ({ tx, input, viewer, prepared }): Promise<Outcome<KoladaActionData>> => {
    const stored = await storeFetched(tx, prepared, input, {
      source: 'api',
      byUserId: viewer.id,
      byEmail: viewer.email,
    });
    const unknown = prepared.unknown.length
      ? ` Kolada känner inte till ${prepared.unknown.join(', ')}: kontrollera id:t i listan över nyckeltal.`
      : '';
    return {
      ok: true,
      data: {
        message: `Hämtat från Kolada: ${stored.stored} värden för ${prepared.kpis.length} nyckeltal, ${input.municipalities.length} kommuner och åren ${input.years[0]}–${input.years.at(-1)}.${unknown}`,
      },
      audit: { entityType: 'KoladaFetch', entityId: stored.fetchId, details: stored.details },
    };
  },
  revalidate: PATHS,
});

async function readFile(file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const checksum = createHash('sha256').update(bytes).digest('hex');
  return { read: readKoladaFile(bytes, file.name), checksum };
}

const FILE_REFUSED = 'Filen kan inte importeras. Inget har sparats.';

function refused(problems: string[]): Outcome<never> {
  return { ok: false, error: FILE_REFUSED, fieldErrors: { file: problems }, code: 'invalid' };
}

async function preview(tx: Tx, file: File, rows: KoladaRow[], checksum: string): Promise<KoladaFilePreview> {
  const listed = new Set((await tx.koladaKpi.findMany({ select: { id: true } })).map((k) => k.id));
  const kpis = [...new Set(rows.map((r) => r.kpi))].sort();
  return {
    fileName: file.name,
    checksum,
    rowCount: rows.length,
    kpis,
    municipalities: [...new Set(rows.map((r) => r.municipality))].sort(),
    years: [...new Set(rows.map((r) => r.period))].sort((a, b) => a - b),
    unlisted: kpis.filter((k) => !listed.has(k)),
    missingValues: rows.filter((r) => r.value === null).length,
  };
}

export const previewKoladaFileAction = defineSystemAction({
  name: 'kolada.file.preview',
  schema: previewKoladaFileSchema,
  run: async ({ tx, input }): Promise<Outcome<KoladaFilePreview>> => {
    const { read, checksum } = await readFile(input.file);
    if (!read.ok) return refused(read.problems);
    return { ok: true, data: await preview(tx, input.file, read.rows, checksum), audit: [] };
  },
});

export const importKoladaFileAction = defineSystemAction({
  name: 'kolada.file.import',
  schema: importKoladaFileSchema,
  run: async ({ tx, input, viewer }): Promise<Outcome<KoladaActionData>> => {
    const { read, checksum } = await readFile(input.file);
    if (!read.ok) return refused(read.problems);
    if (checksum !== input.checksum) {
      return {
        ok: false,
        error: 'Filen har ändrats sedan förhandsgranskningen. Förhandsgranska den igen.',
        code: 'conflict',
      };
    }
    const stored = await storeKoladaRows(tx, read.rows, {
      source: 'file',
      fileName: input.file.name,
      byUserId: viewer.id,
      byEmail: viewer.email,
    });
    return {
      ok: true,
      data: { message: `Kolada-filen ${input.file.name} är importerad: ${stored.stored} värden sparade.` },
      audit: {
        entityType: 'KoladaFetch',
        entityId: stored.fetchId,
        details: {
          källa: 'fil',
          fil: input.file.name,
          checksumma: checksum,
          värden: stored.stored,
          ersatta: stored.replaced,
          exempeldataBorttagen: stored.removedExample,
        },
      },
    };
  },
  revalidate: PATHS,
});

export const saveKoladaKpiAction = defineSystemAction({
  name: 'kolada.kpi.save',
  schema: saveKoladaKpiSchema,
  run: async ({ tx, input }): Promise<Outcome<KoladaActionData>> => {
    const before = await tx.koladaKpi.findUnique({ where: { id: input.id } });
    const last = await tx.koladaKpi.aggregate({ _max: { sortOrder: true } });
    const data = { title: input.title, ownMeasure: input.ownMeasure, definitionNote: input.definitionNote };
    const after = before
      ? await tx.koladaKpi.update({
          where: { id: input.id },
          // A title typed by hand is unverified until the next fetch reads it from Kolada.
          data: { ...data, titleVerified: before.titleVerified && before.title === input.title },
        })
      : await tx.koladaKpi.create({ data: { id: input.id, ...data, sortOrder: (last._max.sortOrder ?? 0) + 10 } });
    const details = (k: typeof after | null) =>
      k && { titel: k.title, egetMått: k.ownMeasure, skillnad: k.definitionNote };
    return {
      ok: true,
      data: { message: `Nyckeltalet ${after.id} är sparat.` },
      audit: {
        entityType: 'KoladaKpi',
        entityId: after.id,
        details: { before: details(before), after: details(after) },
      },
    };
  },
  revalidate: PATHS,
});

export const removeKoladaKpiAction = defineSystemAction({
  name: 'kolada.kpi.remove',
  schema: removeKoladaKpiSchema,
  run: async ({ tx, input }): Promise<Outcome<KoladaActionData>> => {
    const before = await tx.koladaKpi.findUnique({ where: { id: input.id } });
    if (!before)
      return { ok: false, error: 'Nyckeltalet finns inte längre i listan. Ladda om sidan.', code: 'invalid' };
    await tx.koladaKpi.delete({ where: { id: input.id } });
    return {
      ok: true,
      data: { message: `Nyckeltalet ${before.id} är borttaget ur jämförelserna. Hämtade värden finns kvar.` },
      audit: { entityType: 'KoladaKpi', entityId: before.id, details: { before: { titel: before.title } } },
    };
  },
  revalidate: PATHS,
});

export const saveKoladaSettingsAction = defineSystemAction({
  name: 'kolada.settings.save',
  schema: saveKoladaSettingsSchema,
  run: async ({ tx, input }): Promise<Outcome<KoladaActionData>> => {
    if (input.comparisonGroupId && !(await tx.koladaGroup.findUnique({ where: { id: input.comparisonGroupId } }))) {
      return {
        ok: false,
        error: 'Gruppen finns inte. Ladda om sidan.',
        fieldErrors: { comparisonGroupId: ['Välj en grupp i listan.'] },
        code: 'invalid',
      };
    }
    const before = await tx.koladaSettings.findUnique({ where: { id: 1 } });
    await tx.koladaSettings.upsert({
      where: { id: 1 },
      create: { id: 1, comparisonGroupId: input.comparisonGroupId },
      update: { comparisonGroupId: input.comparisonGroupId },
    });
    return {
      ok: true,
      data: { message: 'Jämförelsegruppen är sparad.' },
      audit: {
        entityType: 'KoladaSettings',
        entityId: '1',
        details: { before: before?.comparisonGroupId ?? null, after: input.comparisonGroupId },
      },
    };
  },
  revalidate: PATHS,
});
