import 'server-only';
import { recordAudit } from '../audit';
import type { OrgContext } from '../auth/session';
import { getDb } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { contentDisposition } from './content-disposition';

/** What was downloaded: the plan (Word, PDF), the dashboard's statistics, the follow-up, a samverkan deck. */
export type DownloadKind = 'plan' | 'statistics' | 'follow-up' | 'deck';

/**
 * The one audit of every export (action `export.download`), a read that leaves the product: one row per download,
 * saying who took what (plan, statistics, follow-up or deck, and the route's name), in which format, of which
 * record and version or selection, and the file's name.
 */
export async function recordDownload(
  context: Pick<OrgContext, 'viewer' | 'org'>,
  download: {
    what: DownloadKind;
    format: keyof typeof CONTENT_TYPES;
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
    details: {
      what: download.what,
      format: download.format,
      via: download.via,
      file: download.fileName,
      ...download.details,
    },
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
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const;
