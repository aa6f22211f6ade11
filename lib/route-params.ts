/**
 * Addresses that cannot name anything: a record id that is not shaped like one (ids are cuids) or a plan year
 * that is not a year. Pages answer these "Sidan finns inte" (404) *before* any permission check, whoever asks, so
 * a mistyped address (/aktiviteter/uppfoljnig) is not "Behörighet saknas". The shape of an address says nothing
 * about which records or organisations exist, so a non-member learns nothing from it; a well-formed id is still
 * checked for permission first (403 whether the record exists or not). Pure.
 */
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { parsePlanYearParam } from './plans/schemas';

const RECORD_ID = /^[a-z0-9]{20,32}$/;

export function isRecordId(value: string): boolean {
  return RECORD_ID.test(value);
}

/** A record id segment for a route's `params` schema (lib/auth/route-guard.ts). */
export const recordIdParam = z.string().regex(RECORD_ID);

/** The route's dynamic segments, by name as the folders call them; notFound() when one cannot name anything. */
export function notFoundUnlessAddressable(params: {
  id?: string;
  meetingId?: string;
  sectionId?: string;
  userId?: string;
  year?: string;
}): void {
  const { year, ...ids } = params;
  if (year !== undefined && parsePlanYearParam(year) === null) notFound();
  for (const id of Object.values(ids)) if (id !== undefined && !isRecordId(id)) notFound();
}
