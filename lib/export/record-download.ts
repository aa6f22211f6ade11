import 'server-only';
import { recordAudit } from '../audit';
import type { OrgContext } from '../auth/session';
import { getDb } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { contentDisposition } from './content-disposition';

/**
 * Every export is a read that leaves the product: one audit row per download, saying who took what (the route's
 * name), of which record and version or period, and the file's name.
 */
export async function recordDownload(
  context: OrgContext,
  download: {
    via: string;
    fileName: string;
    entityType?: string;
    entityId?: string;
    details?: Record<string, Prisma.InputJsonValue | null>;
  },
): Promise<void> {
  await recordAudit(await getDb(), {
    action: 'export.download',
    userId: context.viewer.id,
    userEmail: context.viewer.email,
    organizationId: context.org.id,
    entityType: download.entityType,
    entityId: download.entityId,
    details: { via: download.via, file: download.fileName, ...download.details },
  });
}

/** The bytes as a download that is never cached. */
export function fileResponse(bytes: Uint8Array<ArrayBuffer>, fileName: string, contentType: string): Response {
  return new Response(bytes, {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': contentDisposition(fileName),
      'Cache-Control': 'no-store',
    },
  });
}

export const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const;
