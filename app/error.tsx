'use client';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="innehall">
      <div className="card" role="alert">
        <h1>Något gick fel</h1>
        <p>Ett oväntat fel inträffade. Försök igen; kvarstår felet, kontakta förvaltningens administratör.</p>
        <button type="button" className="button" onClick={reset}>
          Försök igen
        </button>
      </div>
    </main>
  );
}
