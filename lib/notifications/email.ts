import 'server-only';
import nodemailer from 'nodemailer';
import { parseEnv } from '../env';

const SEND_TIMEOUT_MS = 5_000;

/**
 * E-mail beside the in-app notification, only where SMTP is configured (SMTP_URL): the product works without it.
 * Best effort: a mail server that is down must not fail the request that triggered the notification, so errors
 * are logged and reported as 'failed'. Read from the environment on each call, so tests and operators can switch
 * it without a restart.
 */
export async function sendNotificationEmail(message: {
  to: string;
  subject: string;
  text: string;
}): Promise<'sent' | 'not-configured' | 'failed'> {
  const { SMTP_URL, SMTP_FROM, NEXTAUTH_URL } = parseEnv(process.env);
  if (!SMTP_URL) return 'not-configured';
  try {
    const transport = nodemailer.createTransport(SMTP_URL);
    const sending = transport.sendMail({
      from: SMTP_FROM ?? `Kompetensplan <no-reply@${NEXTAUTH_URL ? new URL(NEXTAUTH_URL).hostname : 'localhost'}>`,
      to: message.to,
      subject: message.subject,
      text: message.text,
    });
    // A page that triggered the mail waits at most this long for a slow mail server.
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('SMTP timeout')), SEND_TIMEOUT_MS).unref(),
    );
    await Promise.race([sending, timeout]);
    return 'sent';
  } catch (error) {
    console.error('[notification e-mail] could not be sent', error);
    return 'failed';
  }
}

/**
 * A link for an e-mail: on NEXTAUTH_URL when it is configured, else on the address the browser that triggered
 * the mail connected with (lib/http/request-origin.ts), else (outside a request) the path alone.
 */
export function absoluteLink(path: string, requestOrigin: string | null): string {
  const { NEXTAUTH_URL } = parseEnv(process.env);
  const base = NEXTAUTH_URL ?? requestOrigin;
  return base ? new URL(path, base).toString() : path;
}
