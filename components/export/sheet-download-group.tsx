import { useId } from 'react';

/**
 * The "Ladda ner" group of a page: plain links to the export routes (a download needs no JavaScript), each named
 * by its format, e.g. "Excel (.xlsx)".
 */
export function SheetDownloadGroup({ links }: { links: { label: string; href: string }[] }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className="filter-bar no-print">
      <span id={id}>Ladda ner</span>
      {links.map((link) => (
        <a key={link.href} className="button button--secondary" href={link.href} download>
          {link.label}
        </a>
      ))}
    </div>
  );
}
