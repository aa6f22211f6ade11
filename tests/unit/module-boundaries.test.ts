/**
 * Links go through components/ui/link.tsx, which turns Next's prefetching off: every page is rendered per user, so
 * a prefetched link is a server render nobody asked for (issue 20).
 *
 * A plan holds its activities (creation carries them over, snapshots freeze them, the register lists a plan's
 * activities), so lib/plans builds on lib/activities and never the other way round: no import cycle between the
 * two domains (issue 17).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const sources = (folder: string) =>
  readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => ({ file: `${folder}/${file}`, text: readFileSync(path.join(root, folder, file), 'utf8') }));

describe('module boundaries', () => {
  it('lib/activities imports nothing from lib/plans', () => {
    const importsPlans = /from '(?:\.\.\/plans\/|@\/lib\/plans\/)/;
    expect(
      sources('lib/activities')
        .filter((s) => importsPlans.test(s.text))
        .map((s) => s.file),
    ).toEqual([]);
  });

  it('only components/ui/link.tsx imports next/link', () => {
    const importsNextLink = /from 'next\/link'/;
    expect(
      ['app', 'components', 'lib']
        .flatMap(sources)
        .filter((s) => importsNextLink.test(s.text))
        .map((s) => s.file),
    ).toEqual(['components/ui/link.tsx']);
  });
});
