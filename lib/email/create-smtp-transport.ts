import nodemailer, { type Transporter } from "nodemailer";

// Sends through the SMTP server named by SMTP_URL. Timeouts are short and
// bounded so a hung server can never hold a claimed email past its lease
// (see send-pending-emails.ts). Connections are pooled and reused: opening
// one (and its TLS) per message held the outbox to about 3 emails a second
// under the site's load test.
export const SMTP_POOL = { pool: true, maxConnections: 4, maxMessages: 100 } as const;
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

export function createSmtpTransport(smtpUrl: string): Transporter {
  const url = new URL(smtpUrl);
  const isImplicitTls = url.protocol === "smtps:";
  return nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : isImplicitTls ? 465 : 587,
    secure: isImplicitTls,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    ...SMTP_TIMEOUTS,
    ...SMTP_POOL,
  });
}
