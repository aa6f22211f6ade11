import { type ReactNode, useId } from 'react';

/**
 * The one "Ladda ner" group of a page (issue 18): plain links to the export routes (a download needs no
 * JavaScript; `download` makes the browser save the file), each named by its format, e.g. "Excel (.xlsx)". `note`
 * stands in the group for a format the server cannot make just now (the plan's PDF without Chromium).
 */
export function DownloadGroup({ links, note }: { links: { label: string; href: string }[]; note?: ReactNode }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className="download-group no-print">
      <span id={id} className="download-group__label">
        Ladda ner
      </span>
      {links.map((link) => (
        <a key={link.href} className="button button--secondary" href={link.href} download>
          {link.label}
        </a>
      ))}
      {note && <span className="muted">{note}</span>}
    </div>
  );
}
