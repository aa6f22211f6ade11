'use client';

import { useEffect, useId, useState } from 'react';
import { formatDateTime } from '@/lib/format';

/** The one-time link, shown once: it is not stored readably anywhere, so the administrator copies it now. */
export function PasswordLink({ path, expiresAt }: { path: string; expiresAt: string }) {
  const id = useId();
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  const url = `${origin}${path}`;
  return (
    <div className="alert alert--info">
      <p>
        <strong>Lösenordslänk</strong> – visas bara nu. Ge den till användaren på ett säkert sätt (inte i ett öppet
        forum). Den kan användas en gång och gäller till {formatDateTime(new Date(expiresAt))}.
      </p>
      <div className="form-field">
        <label htmlFor={id}>Länk för att välja lösenord</label>
        <input id={id} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </div>
    </div>
  );
}
