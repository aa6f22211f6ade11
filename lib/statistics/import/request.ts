import 'server-only';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { organizationFor } from '../../auth/data-access';
import type { OrgContext } from '../../auth/session';
import { getDb } from '../../db/client';
import { capProblems } from '.';
import { type ImportStage, type ImportState, importFormSchema, readMappings } from './schemas';
import { findImportChanges } from './changes';
import { ImportError, commitImport } from './service';
import { parseImportFileInWorker } from './parse-in-worker';

type Report = (stage: ImportStage, done?: number, total?: number) => void;

/**
 * One import request, preview or confirmation, already authorized from the URL's organisation and the session
 * (the route does that before reading the body): parse the form with zod → call lib → revalidate → return the
 * outcome. Progress is reported as it goes.
 */
export async function handleImportRequest(form: FormData, context: OrgContext, report: Report): Promise<ImportState> {
  organizationFor(context.org.access, 'import:statistics');
  const parsed = importFormSchema.safeParse({
    org: form.get('org'),
    intent: form.get('intent'),
    group: form.get('group'),
    file: form.get('file'),
    checksum: form.get('checksum') || undefined,
    replaceWhole: form.get('replaceWhole') || undefined,
  });
  if (!parsed.success) {
    return { status: 'error', error: parsed.error.issues.map((i) => i.message).join(' '), problems: [] };
  }
  const input = parsed.data;
  const { viewer, org } = context;
  if (input.org !== org.slug)
    return { status: 'error', error: 'Formuläret hör till en annan förvaltning.', problems: [] };

  report('check');
  const result = await parseImportFileInWorker({
    bytes: new Uint8Array(await input.file.arrayBuffer()),
    fileName: input.file.name,
    group: input.group,
    today: new Date(),
  });
  if (!result.ok) {
    return {
      status: 'error',
      error: 'Filen kan inte importeras. Inget har sparats. Rätta felen nedan och försök igen.',
      problems: capProblems(result.problems),
    };
  }
  const db = await getDb();

  if (input.intent === 'preview') {
    const [changes, departments, occupations] = await Promise.all([
      findImportChanges(db, org.access, result.preview),
      db.department.findMany({
        where: { organizationId: org.id, closedAt: null }, // closed departments take no new figures
        orderBy: { name: 'asc' },
        select: { id: true, name: true },
      }),
      db.occupation.findMany({
        where: { organizationId: org.id },
        orderBy: { name: 'asc' },
        select: { id: true, name: true },
      }),
    ]);
    return { status: 'planned', changes, departments, occupations };
  }

  if (input.checksum !== result.preview.checksum) {
    return {
      status: 'error',
      error: 'Filen har ändrats sedan förhandsgranskningen. Förhandsgranska igen.',
      problems: [],
    };
  }
  let mappings: { department: Record<string, string>; occupation: Record<string, string> };
  try {
    mappings = { department: readMappings(form, 'department'), occupation: readMappings(form, 'occupation') };
  } catch (error) {
    if (error instanceof z.ZodError) return { status: 'error', error: 'Ogiltigt val för okända namn.', problems: [] };
    throw error;
  }
  try {
    report('write', 0, result.preview.rows.length);
    const committed = await commitImport(db, {
      organizationId: org.id,
      user: { id: viewer.id, email: viewer.email },
      preview: result.preview,
      departmentMapping: mappings.department,
      occupationMapping: mappings.occupation,
      replaceWhole: input.replaceWhole === 'on',
      onProgress: (written, total) => report('write', written, total),
    });
    if (!committed.ok) return { status: 'error', error: committed.error, problems: [] };
    revalidatePath(`/${org.slug}`, 'layout');
    return {
      status: 'done',
      message: committed.unchanged
        ? 'Filen är redan importerad och uppgifterna är oförändrade. Inget har ändrats.'
        : `Importen är klar: ${committed.written.toLocaleString('sv-SE')} värden sparade${committed.replaced ? `, ${committed.replaced.toLocaleString('sv-SE')} tidigare värden ersatta` : ''}.`,
    };
  } catch (error) {
    if (error instanceof ImportError) return { status: 'error', error: error.message, problems: [] };
    throw error;
  }
}
