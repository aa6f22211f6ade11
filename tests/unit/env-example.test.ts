import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENV_VARIABLES } from '@/lib/env';

describe('.env.example', () => {
  it('lists and explains every variable lib/env.ts reads', () => {
    const example = readFileSync('.env.example', 'utf8');
    const listed = [...example.matchAll(/^#?([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]);
    expect(ENV_VARIABLES.filter((name) => !listed.includes(name))).toEqual([]);
    // Each one (or the group it belongs to) comes right after a comment that says what it is for.
    const lines = example.split('\n');
    for (const name of ENV_VARIABLES) {
      let above = lines.findIndex((line) => line.startsWith(`#${name}=`)) - 1;
      while (above > 0 && /^#[A-Z]/.test(lines[above]!)) above -= 1;
      expect(lines[above], name).toMatch(/^# \S/);
    }
  });
});
