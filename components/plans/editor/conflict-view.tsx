'use client';

import { diffDocuments } from '@/lib/plans/diff';
import type { Doc } from '@/lib/plans/document';
import { DiffView } from '../diff-view';

/**
 * Shown when someone else saved first: both texts side by side, and the differences from theirs to mine
 * marked word by word. Nothing is overwritten until the author chooses.
 */
export function ConflictView(props: {
  mine: Doc;
  theirs: Doc;
  theirVersion: number;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onMergeByHand: () => void;
}) {
  const { mine, theirs, theirVersion } = props;
  return (
    <section className="card conflict stack" aria-labelledby="konflikt-rubrik">
      <h2 id="konflikt-rubrik">Någon annan har sparat avsnittet</h2>
      <p>
        Version {theirVersion} sparades medan du skrev. Jämför texterna: <ins>understruket</ins> finns bara i din text,{' '}
        <del>genomstruket</del> bara i den sparade.
      </p>
      <div className="conflict__columns">
        <div>
          <h3>Den sparade texten (version {theirVersion})</h3>
          <DiffView blocks={diffDocuments(mine, theirs)} label="Den sparade texten jämförd med din" />
        </div>
        <div>
          <h3>Din text</h3>
          <DiffView blocks={diffDocuments(theirs, mine)} label="Din text jämförd med den sparade" />
        </div>
      </div>
      <div className="conflict__actions">
        <button type="button" className="button" onClick={props.onMergeByHand}>
          Slå ihop i redigeraren
        </button>
        <button type="button" className="button button--secondary" onClick={props.onKeepMine}>
          Spara min text som ny version
        </button>
        <button type="button" className="button button--secondary" onClick={props.onTakeTheirs}>
          Använd den sparade texten
        </button>
      </div>
    </section>
  );
}
