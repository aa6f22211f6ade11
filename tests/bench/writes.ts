/**
 * The writes `npm run bench` measures on the running production server, each through the path the browser takes:
 *   - a section save: the editor's direct server-action call (POST with `Next-Action`, the arguments as JSON);
 *   - a follow-up save: the "Mina aktiviteter" form posted as a browser without JavaScript posts it (Next's hidden
 *     action fields, see tests/e2e/unauthorized.ts postForm);
 *   - an import: the statistics upload route, preview then confirmation, as the import page's XHR posts it.
 * Each action returns null when it did what it should, else the reason (a refusal or a conflict is an error).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { textToDocument } from '@/lib/plans/document';
import type { ImportEvent, ImportState } from '@/lib/statistics/import/schemas';
import { buildFile } from './import-file';
import { formInputs, root, url } from './server';
import type { Action } from './users';

/** The id Next gave a server action in this build (the browser finds it in the page's JavaScript). */
function actionId(filename: string, exportedName: string): string {
  const build = process.env.BENCH_STANDALONE ?? root;
  const manifest = JSON.parse(
    readFileSync(path.join(build, '.next', 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const found = Object.entries(manifest.node).find(
    ([, a]) => a.filename === filename && a.exportedName === exportedName,
  );
  if (!found) throw new Error(`ingen serveråtgärd ${exportedName} i ${filename}`);
  return found[0];
}

async function page(pathName: string, cookie: string): Promise<string> {
  const response = await fetch(`${url}${pathName}`, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`${pathName} svarade ${response.status}`);
  return response.text();
}

/** Reading a page: an error unless it answers 200. */
export function read(kind: string, pathName: string, cookie: string): Action {
  return {
    kind,
    run: async () => {
      const response = await fetch(`${url}${pathName}`, { headers: { cookie } });
      await response.arrayBuffer();
      return response.status === 200 ? null : `HTTP ${response.status}`;
    },
  };
}

export type Section = { org: string; year: number; id: string; version: number; cookie: string };

/** The sections of an organisation's plan, each with the version its edit page shows (the editor saves from it). */
export async function sections(org: string, year: number, cookie: string): Promise<Section[]> {
  const plan = await page(`/${org}/plan/${year}`, cookie);
  const links = plan.matchAll(new RegExp(`/${org}/plan/${year}/avsnitt/([a-z0-9]+)"`, 'g'));
  const found: Section[] = [];
  for (const id of new Set([...links].map((m) => m[1]!))) {
    const payload = (await page(`/${org}/plan/${year}/avsnitt/${id}`, cookie)).replace(/\\"/g, '"');
    const version = new RegExp(`"sectionId":"${id}","title":"[^"]*","version":(\\d+)`).exec(payload)?.[1];
    if (!version) throw new Error(`avsnitt ${id}: ingen version i redigeringssidan`);
    found.push({ org, year, id, version: Number(version), cookie });
  }
  return found;
}

/** "Spara" in the editor: the next version of the section, a paragraph text of about 1,5 kB. */
export function saveSection(section: Section): Action {
  const action = actionId('app/(app)/_actions/sections.ts', 'saveSection');
  let saves = 0;
  return {
    kind: 'section-save',
    run: async () => {
      saves += 1;
      const text = Array.from(
        { length: 6 },
        (_, p) =>
          `Stycke ${p + 1}, sparning ${saves}: förvaltningen arbetar med kompetensförsörjning, rekrytering, introduktion och kompetensutveckling för att behålla medarbetare.`,
      ).join('\n\n');
      const args = {
        org: section.org,
        sectionId: section.id,
        version: section.version,
        body: JSON.stringify(textToDocument(text)),
        requestId: randomUUID(),
      };
      const response = await fetch(`${url}/${section.org}/plan/${section.year}/avsnitt/${section.id}`, {
        method: 'POST',
        headers: {
          cookie: section.cookie,
          'Next-Action': action,
          'Content-Type': 'text/plain;charset=UTF-8',
          Accept: 'text/x-component',
          Origin: url,
        },
        body: JSON.stringify([args]),
      });
      const answer = await response.text();
      if (response.status !== 200) return `HTTP ${response.status}`;
      if (!answer.includes(`"ok":true`)) return /"error":"([^"]*)"/.exec(answer)?.[1] ?? answer.slice(0, 200);
      section.version += 1;
      return null;
    },
  };
}

export type FollowUpForm = { org: string; activityId: string; fields: [string, string][]; cookie: string };

/** The follow-up forms on a manager's "Mina aktiviteter", one per activity, as the server rendered them. */
export async function followUpForms(org: string, cookie: string): Promise<FollowUpForm[]> {
  const html = await page(`/${org}/aktiviteter/mina`, cookie);
  return [...html.matchAll(/<form class="follow-up-card__form"[\s\S]*?<\/form>/g)].map((m) => {
    const fields = formInputs(m[0]);
    return { org, activityId: fields.find(([k]) => k === 'activityId')![1], fields, cookie };
  });
}

/** "Spara uppföljning" on a card: status and comment, with the activity's version the form carries. */
export function saveFollowUp(form: FollowUpForm): Action {
  let saves = 0;
  return {
    kind: 'follow-up-save',
    run: async () => {
      saves += 1;
      const body = new FormData();
      for (const [k, v] of form.fields) body.append(k, v);
      body.append('requestId', randomUUID());
      body.append('status', 'IN_PROGRESS');
      body.append('comment', `Uppföljning ${saves}: arbetet går enligt plan.`);
      const response = await fetch(`${url}/${form.org}/aktiviteter/mina`, {
        method: 'POST',
        headers: { cookie: form.cookie, Origin: url },
        body,
      });
      const html = await response.text();
      if (response.status !== 200) return `HTTP ${response.status}`;
      if (!html.includes('Uppföljningen är sparad.')) {
        return /class="alert alert--error"[^>]*>([^<]*)/.exec(html)?.[1] ?? 'inget kvitto i svaret';
      }
      const version = form.fields.find(([k]) => k === 'version')!;
      version[1] = String(Number(version[1]) + 1);
      return null;
    },
  };
}

/** One request to the upload route; the outcome is the last NDJSON line. */
async function postImport(org: string, cookie: string, fields: Record<string, string>, file: Uint8Array) {
  const body = new FormData();
  body.append('org', org);
  body.append('group', 'headcount');
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  body.append('file', new Blob([file.slice()], { type: 'text/csv' }), 'beslutstod.csv');
  const response = await fetch(`${url}/${org}/statistik/import/fil`, {
    method: 'POST',
    headers: { cookie, Origin: url },
    body,
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`import: HTTP ${response.status} ${text}`);
  const last = JSON.parse(text.trim().split('\n').at(-1)!) as ImportEvent;
  if (last.type !== 'result') throw new Error('import: inget resultat');
  return last.state;
}

/**
 * HR imports tests/bench/import-file.ts's 100 000 rows: preview, then confirm with every unknown department and
 * occupation created. If the file is already imported (an earlier run), the corrected file replaces every row.
 */
export async function import100k(org: string, cookie: string): Promise<string> {
  const file = buildFile();
  let bytes = file.bytes;
  let planned: ImportState = await postImport(org, cookie, { intent: 'preview' }, bytes);
  if (planned.status === 'planned' && planned.changes.alreadyImported) {
    bytes = file.corrected;
    planned = await postImport(org, cookie, { intent: 'preview' }, bytes);
  }
  if (planned.status !== 'planned') throw new Error(`förhandsgranskning: ${JSON.stringify(planned).slice(0, 300)}`);
  const mappings = Object.fromEntries([
    ...planned.changes.unknownDepartments.map((n) => [`avdelning:${n}`, '__create__']),
    ...planned.changes.unknownOccupations.map((n) => [`befattning:${n}`, '__create__']),
  ]);
  const done = await postImport(
    org,
    cookie,
    { intent: 'commit', checksum: planned.changes.checksum, ...mappings },
    bytes,
  );
  if (done.status !== 'done') throw new Error(`bekräftelse: ${JSON.stringify(done).slice(0, 300)}`);
  return done.message;
}

/** Rows the saves write: their audit rows and the rows they add. Run on PGlite only while no server has it open. */
export async function countWrites(env: Record<string, string>) {
  const sql = `SELECT (SELECT count(*) FROM "AuditLog" WHERE action = 'plan.section.save') AS "sectionAudit",
    (SELECT count(*) FROM "PlanSectionRevision") AS "revisions",
    (SELECT count(*) FROM "AuditLog" WHERE action = 'activity.follow-up') AS "followUpAudit",
    (SELECT count(*) FROM "FollowUp") AS "followUps"`;
  let row: Record<string, unknown>;
  if (env.DATABASE_URL) {
    const out = execFileSync('psql', [env.DATABASE_URL, '-tAF,', '-c', sql], { encoding: 'utf8' }).trim();
    const [sectionAudit, revisions, followUpAudit, followUps] = out.split(',');
    row = { sectionAudit, revisions, followUpAudit, followUps };
  } else {
    const pglite = new PGlite(env.PGLITE_DATA_DIR!);
    row = (await pglite.query<Record<string, unknown>>(sql)).rows[0]!;
    await pglite.close();
  }
  return {
    sectionAudit: Number(row.sectionAudit),
    revisions: Number(row.revisions),
    followUpAudit: Number(row.followUpAudit),
    followUps: Number(row.followUps),
  };
}
