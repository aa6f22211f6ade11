import { Link } from '@/components/ui/link';
import { formatInteger } from '@/lib/format';

/** Previous / next page of the register, keeping the address's plan and filters. No links when one page holds all. */
export function RegisterPages({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Sidor i aktivitetsregistret" className="pagination">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)}>Föregående sida</Link>
      ) : (
        <span className="muted">Föregående sida</span>
      )}
      <span>
        Sida {formatInteger(page)} av {formatInteger(pageCount)}
      </span>
      {page < pageCount ? <Link href={hrefFor(page + 1)}>Nästa sida</Link> : <span className="muted">Nästa sida</span>}
    </nav>
  );
}
