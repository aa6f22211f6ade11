/**
 * "Ladda ner": the plan as Word and as PDF (issue 18), the version shown on the page. Plain links with `download`,
 * so the browser saves the file; where the server cannot print PDFs the PDF control says so instead of failing.
 */
export function PlanDownloads({
  base,
  version,
  pdfAvailable,
}: {
  base: string;
  version: string | null;
  pdfAvailable: boolean;
}) {
  const query = version ? `?version=${encodeURIComponent(version)}` : '';
  return (
    <div role="group" aria-labelledby="ladda-ner" className="plan-downloads no-print">
      <span id="ladda-ner" className="plan-downloads__label">
        Ladda ner
      </span>{' '}
      <a className="button button--secondary" href={`${base}/word${query}`} download>
        Word (.docx)
      </a>{' '}
      {pdfAvailable ? (
        <a className="button button--secondary" href={`${base}/pdf${query}`} download>
          PDF
        </a>
      ) : (
        <span className="muted">PDF kan inte skapas på den här servern just nu. Word-filen går att ladda ner.</span>
      )}
    </div>
  );
}
