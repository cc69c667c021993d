import { contentFor } from "../content/locales";
import { getDb } from "../db";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { enqueueEmail } from "../email/enqueue-email";
import { wakeOutboxWorker } from "../email/outbox-worker";
import {
  CODE_LIFETIME_MS,
  MAX_CODE_ATTEMPTS,
  MAX_CODES_PER_JOURNEY,
  RESEND_INTERVAL_MS,
  generateCode,
  generateSalt,
  hashCode,
  isCodeMatch,
} from "../otp/one-time-code";

export type SendCodeResult = { ok: true } | { ok: false; message: string };

/**
 * Emails a new six-digit code for the journey, through the outbox, and keeps
 * only its hash. A new code replaces the last one. Throttled per journey;
 * callers also apply the per-address and per-email rate limits.
 */
export async function sendEmailCode(options: { journeyId: string; email: string; now?: Date; locale?: Locale }): Promise<SendCodeResult> {
  const now = options.now ?? new Date();
  // The messages and the email in the language of the journey's page.
  const { choice, emails } = contentFor(options.locale ?? DEFAULT_LOCALE);
  const { CONFIRM_EMAIL, CHOICE_EMAILS } = choice;
  const code = generateCode();
  const salt = generateSalt();
  const result = await getDb().$transaction(async (tx) => {
    // Row lock: two quick clicks cannot both pass the throttle.
    const rows = await tx.$queryRaw<{ otp_sent_at: Date | null; otp_send_count: number }[]>`
      SELECT otp_sent_at, otp_send_count FROM choice_journey WHERE id = ${options.journeyId}::uuid FOR UPDATE`;
    const row = rows[0];
    if (!row) return { ok: false as const, message: CONFIRM_EMAIL.errors.noCode };
    if (row.otp_send_count >= MAX_CODES_PER_JOURNEY) return { ok: false as const, message: CONFIRM_EMAIL.errors.tooManyCodes };
    if (row.otp_sent_at && now.getTime() - row.otp_sent_at.getTime() < RESEND_INTERVAL_MS) {
      return { ok: false as const, message: CONFIRM_EMAIL.errors.resendTooSoon };
    }
    const sendCount = row.otp_send_count + 1;
    await tx.choiceJourney.update({
      where: { id: options.journeyId },
      data: {
        otpHash: hashCode(code, salt),
        otpSalt: salt,
        otpEmail: options.email,
        otpExpiresAt: new Date(now.getTime() + CODE_LIFETIME_MS),
        otpAttempts: 0,
        otpSentAt: now,
        otpSendCount: sendCount,
      },
    });
    const email = emails.renderPlainEmail({ subject: CHOICE_EMAILS.codeSubject, lines: CHOICE_EMAILS.codeBody(code) });
    await enqueueEmail(tx, { idempotencyKey: `choice-code:${options.journeyId}:${sendCount}`, to: options.email, ...email });
    return { ok: true as const };
  });
  if (result.ok) wakeOutboxWorker();
  return result;
}

export type VerifyCodeResult = { ok: true } | { ok: false; message: string };

/** Checks a code: right, unexpired and within the attempts allowed proves the address it was sent to. */
export async function verifyEmailCode(options: { journeyId: string; code: string; now?: Date; locale?: Locale }): Promise<VerifyCodeResult> {
  const now = options.now ?? new Date();
  const { CONFIRM_EMAIL } = contentFor(options.locale ?? DEFAULT_LOCALE).choice;
  return getDb().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      { otp_hash: string | null; otp_salt: string | null; otp_email: string | null; otp_expires_at: Date | null; otp_attempts: number }[]
    >`SELECT otp_hash, otp_salt, otp_email, otp_expires_at, otp_attempts FROM choice_journey WHERE id = ${options.journeyId}::uuid FOR UPDATE`;
    const row = rows[0];
    if (!row?.otp_hash || !row.otp_salt || !row.otp_email || !row.otp_expires_at) return { ok: false, message: CONFIRM_EMAIL.errors.noCode };
    if (row.otp_attempts >= MAX_CODE_ATTEMPTS) return { ok: false, message: CONFIRM_EMAIL.errors.tooManyAttempts };
    if (row.otp_expires_at.getTime() <= now.getTime()) return { ok: false, message: CONFIRM_EMAIL.errors.expired };
    if (!isCodeMatch(options.code, row.otp_salt, row.otp_hash)) {
      const attempts = row.otp_attempts + 1;
      await tx.choiceJourney.update({ where: { id: options.journeyId }, data: { otpAttempts: attempts } });
      return { ok: false, message: attempts >= MAX_CODE_ATTEMPTS ? CONFIRM_EMAIL.errors.tooManyAttempts : CONFIRM_EMAIL.errors.wrong };
    }
    // A code proves its address once.
    await tx.choiceJourney.update({
      where: { id: options.journeyId },
      data: { verifiedEmail: row.otp_email, otpHash: null, otpSalt: null, otpExpiresAt: null, otpAttempts: 0 },
    });
    return { ok: true };
  });
}

/** Why the journey's last code can no longer be used (all its attempts used, or expired), if it cannot. */
export async function findCodeProblem(options: { journeyId: string; now?: Date; locale?: Locale }): Promise<string | undefined> {
  const now = options.now ?? new Date();
  const { CONFIRM_EMAIL } = contentFor(options.locale ?? DEFAULT_LOCALE).choice;
  const row = await getDb().choiceJourney.findUnique({ where: { id: options.journeyId }, select: { otpHash: true, otpAttempts: true, otpExpiresAt: true } });
  if (!row?.otpHash || !row.otpExpiresAt) return undefined;
  if (row.otpAttempts >= MAX_CODE_ATTEMPTS) return CONFIRM_EMAIL.errors.tooManyAttempts;
  if (row.otpExpiresAt.getTime() <= now.getTime()) return CONFIRM_EMAIL.errors.expired;
  return undefined;
}
