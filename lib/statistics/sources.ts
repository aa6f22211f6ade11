/**
 * Where a figure comes from, in words (issue 6: "Where does a figure come from?"). Pure. A figure is imported
 * (file, who, when) or demo data, which is either stated in a seed document or generated to fill detail the
 * document lacks (prisma/seed-data/allocate.ts). A chart built from several sources names them all, and says
 * so whenever any of its figures is generated.
 */
import { formatDateTime } from '../format';

export type SourceEntry =
  | { origin: 'IMPORT'; batch: { fileName: string; user: string | null; createdAt: Date } | null }
  | { origin: 'SEED_STATED' | 'SEED_GENERATED'; seedDocument: string | null };

export type FigureSource = { text: string; generated: boolean };

const MAX_LISTED = 3;

function describe(entry: SourceEntry): string {
  if (entry.origin === 'IMPORT') {
    if (!entry.batch) return 'Import (uppgift om filen saknas)';
    return `Import av ${entry.batch.fileName}, ${entry.batch.user ?? 'borttagen användare'}, ${formatDateTime(entry.batch.createdAt)}`;
  }
  const seed = entry.seedDocument ? ` (seed ${entry.seedDocument})` : '';
  return entry.origin === 'SEED_STATED'
    ? `Demodata från seed ${entry.seedDocument ?? ''}`.trim()
    : `Genererad demodata${seed}`;
}

/** The sources of a set of figures, imports newest first; null when there are none. */
export function describeSources(entries: readonly SourceEntry[]): FigureSource | null {
  if (entries.length === 0) return null;
  const rank = (e: SourceEntry) =>
    e.origin === 'IMPORT' ? -(e.batch?.createdAt.getTime() ?? 0) : e.origin === 'SEED_STATED' ? 1 : 2;
  const texts = [...new Set([...entries].sort((a, b) => rank(a) - rank(b)).map(describe))];
  const listed = texts.slice(0, MAX_LISTED);
  const rest = texts.length - listed.length;
  return {
    text: `${listed.join('; ')}${rest > 0 ? ` och ${rest} till` : ''}`,
    generated: entries.some((e) => e.origin === 'SEED_GENERATED'),
  };
}
