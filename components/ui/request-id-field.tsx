'use client';

import { useEffect, useState } from 'react';

/**
 * A fresh idempotency key for each submission of a form: a double click or a retry of the same submission sends
 * the same key and the server writes once (lib/auth/guard.ts). Pass the form's last result as `after`, so a new
 * key is drawn once the previous submission has been answered. Without JavaScript the form posts without one.
 */
export function RequestIdField({ after }: { after: unknown }) {
  const [id, setId] = useState('');
  useEffect(() => setId(randomUuid()), [after]);
  return id ? <input type="hidden" name="requestId" value={id} /> : null;
}

// crypto.randomUUID needs a secure context; the app may be opened over plain http on an intranet address.
function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
