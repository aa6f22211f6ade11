import type { BlockDiff } from '@/lib/plans/diff';

const STATUS_LABELS: Record<BlockDiff['status'], string> = {
  same: 'Oförändrat',
  changed: 'Ändrat',
  added: 'Tillagt',
  removed: 'Borttaget',
};

/** Block-by-block differences; insertions and deletions are <ins>/<del>, so screen readers announce them too. */
export function DiffView({ blocks, label }: { blocks: BlockDiff[]; label: string }) {
  return (
    <ol className="diff" aria-label={label}>
      {blocks.map((block) => (
        <li key={`${block.status}-${block.id}`} className={`diff__block diff__block--${block.status}`}>
          <span className="diff__status">{STATUS_LABELS[block.status]}: </span>
          {block.parts.map((part, i) =>
            part.change === 'added' ? (
              <ins key={i}>{part.text}</ins>
            ) : part.change === 'removed' ? (
              <del key={i}>{part.text}</del>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </li>
      ))}
    </ol>
  );
}
