import { AppError } from "../errors";
import { formatLondonDateTime } from "../content/dates";
import { renderCallbackRequestEmail } from "../content/emails";
import { getDb } from "../db";
import { enqueueEmail } from "../email/enqueue-email";
import { wakeOutboxWorker } from "../email/outbox-worker";
import { getEnv } from "../env";
import { LANGUAGES, LOCALE_INFO, type Locale } from "../i18n/locales";
import { callbackRequestSchema, type CallbackRequestInput } from "../validation/contact";

export type CallbackRequestReceipt = { id: string; reference: string; createdAt: Date };

/** A short reference the team can read out on the phone, from the request's id. */
export function callbackReference(id: string): string {
  return `CB-${id.replaceAll("-", "").slice(0, 8).toUpperCase()}`;
}

/** The language the team's email names for a request: "Not known" for one made before it was kept. */
function callbackLanguageLabel(language: string | null): string {
  return language && (LANGUAGES as readonly string[]).includes(language) ? LOCALE_INFO[language as Locale].englishName : "Not known";
}

/**
 * Stores a resident's request for a call back and, in the same transaction,
 * queues the email that tells the team: both happen, or neither does. The
 * request keeps the language of the page it was made on (`locale`, from the
 * page's address; not known when not given), and the team's email, in
 * English, names it, so the team rings back in that language.
 */
export async function requestCallback(input: CallbackRequestInput, options: { locale?: Locale } = {}): Promise<CallbackRequestReceipt> {
  const parsed = callbackRequestSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError({ code: "VALIDATION_FAILED", message: "Invalid call-back request", details: { issues: parsed.error.issues } });
  }
  const details = parsed.data;
  const teamEmail = getEnv().TEAM_EMAIL;
  // Not known unless the caller says; the layout-testing pseudo-locale is no language to ring back in (the column refuses it).
  const language = options.locale && LANGUAGES.includes(options.locale) ? options.locale : null;

  const receipt = await getDb().$transaction(async (tx) => {
    const request = await tx.callbackRequest.create({
      data: { name: details.name, phone: details.phone, preferredTime: details.preferredTime, message: details.message, language },
      select: { id: true, createdAt: true },
    });
    const reference = callbackReference(request.id);
    const email = renderCallbackRequestEmail({
      name: details.name,
      phone: details.phone,
      preferredTime: details.preferredTime,
      message: details.message,
      language: callbackLanguageLabel(language),
      requestedAt: formatLondonDateTime(request.createdAt),
      reference,
    });
    await enqueueEmail(tx, {
      idempotencyKey: `callback-request:${request.id}`,
      to: teamEmail,
      subject: email.subject,
      text: email.text,
      html: email.html,
    });
    return { id: request.id, reference, createdAt: request.createdAt };
  });
  // After the commit, so the worker can see the email it is woken for.
  wakeOutboxWorker();
  return receipt;
}
