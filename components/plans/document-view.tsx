/**
 * Renders a section's ProseMirror JSON as React on the server. Only the allow-listed nodes and marks of
 * lib/plans/document.ts are drawn; text is always a React text child (never HTML), and a link's href is checked
 * again here, so even a row written around the sanitiser cannot put markup or script on the page.
 */
import { Fragment, type ReactNode } from 'react';
import { type Doc, type DocNode, bindingKey, bindingOf, safeHref } from '@/lib/plans/document';
import { type ResolvedFigure, displayFigure } from '@/lib/plans/figures';
import { SUPPRESSION_REASONS } from '@/lib/statistics/suppression/rule';

export type FigureNote = { number: number; figure: ResolvedFigure };

type Context = {
  figures: Record<string, ResolvedFigure>;
  notes: Map<string, FigureNote>;
  idPrefix: string;
};

export function DocumentView({
  doc,
  figures,
  idPrefix,
  sourceHref,
}: {
  doc: Doc;
  /** As the reader may see them: hidden ones already without value (lib/plans/figure-protection.ts). */
  figures: Record<string, ResolvedFigure>;
  idPrefix: string;
  sourceHref: (figure: ResolvedFigure) => string;
}) {
  const context: Context = { figures, notes: new Map(), idPrefix };
  const body = (doc.content ?? []).map((node, i) => renderNode(node, context, `${i}`));
  const notes = [...context.notes.values()];
  return (
    <>
      <div className="plan-text">{body}</div>
      {notes.length > 0 && (
        <aside className="figure-notes" aria-label="Siffror i avsnittet">
          <ol>
            {notes.map(({ number, figure }) => (
              <li key={number} id={`${idPrefix}-siffra-${number}`}>
                <strong>{figure.label}</strong>: <FigureValue figure={figure} /> ({figure.period}). {figure.definition}{' '}
                <a href={sourceHref(figure)}>Öppna källan</a>
              </li>
            ))}
          </ol>
        </aside>
      )}
    </>
  );
}

function children(node: DocNode, context: Context, key: string): ReactNode[] {
  return (node.content ?? []).map((child, i) => renderNode(child, context, `${key}.${i}`));
}

function renderNode(node: DocNode, context: Context, key: string): ReactNode {
  switch (node.type) {
    case 'text':
      return renderText(node, key);
    case 'paragraph':
      return <p key={key}>{children(node, context, key)}</p>;
    case 'heading': {
      // Section titles are h2; headings inside a section start at h3.
      const level = node.attrs?.level === 4 ? 4 : 3;
      const Tag = level === 4 ? 'h4' : 'h3';
      return <Tag key={key}>{children(node, context, key)}</Tag>;
    }
    case 'bulletList':
      return <ul key={key}>{children(node, context, key)}</ul>;
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
      return (
        <ol key={key} start={start}>
          {children(node, context, key)}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{children(node, context, key)}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children(node, context, key)}</blockquote>;
    case 'hardBreak':
      return <br key={key} />;
    case 'horizontalRule':
      return <hr key={key} />;
    case 'table':
      return (
        <div key={key} className="table-wrap">
          <table className="plan-table">
            <tbody>{children(node, context, key)}</tbody>
          </table>
        </div>
      );
    case 'tableRow':
      return <tr key={key}>{children(node, context, key)}</tr>;
    case 'tableHeader':
    case 'tableCell': {
      const Tag = node.type === 'tableHeader' ? 'th' : 'td';
      const span = (v: unknown) => (typeof v === 'number' && v > 1 && v <= 20 ? v : undefined);
      return (
        <Tag key={key} colSpan={span(node.attrs?.colspan)} rowSpan={span(node.attrs?.rowspan)}>
          {children(node, context, key)}
        </Tag>
      );
    }
    case 'liveFigure':
      return renderFigure(node, context, key);
    default:
      return null; // not on the allow-list: drawn as nothing
  }
}

function renderText(node: DocNode, key: string): ReactNode {
  let out: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) {
    switch (mark.type) {
      case 'bold':
        out = <strong>{out}</strong>;
        break;
      case 'italic':
        out = <em>{out}</em>;
        break;
      case 'strike':
        out = <s>{out}</s>;
        break;
      case 'underline':
        out = <u>{out}</u>;
        break;
      case 'code':
        out = <code>{out}</code>;
        break;
      case 'link': {
        const href = safeHref(mark.attrs?.href);
        if (href)
          out = (
            <a href={href} rel="noopener noreferrer nofollow">
              {out}
            </a>
          );
        break;
      }
    }
  }
  return <Fragment key={key}>{out}</Fragment>;
}

function renderFigure(node: DocNode, context: Context, key: string): ReactNode {
  const binding = bindingOf(node);
  if (!binding) return null;
  const figureKey = bindingKey(binding);
  const figure = context.figures[figureKey];
  if (!figure)
    return (
      <span key={key} className="live-figure live-figure--missing">
        [siffra saknas]
      </span>
    );
  let note = context.notes.get(figureKey);
  if (!note) {
    note = { number: context.notes.size + 1, figure };
    context.notes.set(figureKey, note);
  }
  return (
    <span key={key} className="live-figure" data-figure={figureKey}>
      <FigureValue figure={figure} />
      <sup>
        <a
          href={`#${context.idPrefix}-siffra-${note.number}`}
          aria-label={`Källa för siffran: ${figure.label}, ${figure.period}`}
        >
          {note.number}
        </a>
      </sup>
    </span>
  );
}

/** The value, or "<5" / "–" with the reason read out (the dashboards' words) and shown on hover. */
function FigureValue({ figure }: { figure: ResolvedFigure }) {
  if (!figure.hidden) return <>{displayFigure(figure)}</>;
  const reason = SUPPRESSION_REASONS[figure.hidden];
  return (
    <span className="live-figure-hidden" title={reason}>
      <span aria-hidden="true">{displayFigure(figure)}</span>
      <span className="visually-hidden">{reason}</span>
    </span>
  );
}
