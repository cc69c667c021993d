import { AppError } from "../errors";
import { formatLondonDateTime } from "../content/dates";
import { renderCallbackRequestEmail } from "../content/emails";
import { getDb } from "../db";
import { enqueueEmail } from "../email/enqueue-email";
import { wakeOutboxWorker } from "../email/outbox-worker";
import { getEnv } from "../env";
import { callbackRequestSchema, type CallbackRequestInput } from "../validation/contact";

export type CallbackRequestReceipt = { id: string; reference: string; createdAt: Date };

/** A short reference the team can read out on the phone, from the request's id. */
export function callbackReference(id: string): string {
  return `CB-${id.replaceAll("-", "").slice(0, 8).toUpperCase()}`;
}

/**
 * Stores a resident's request for a call back and, in the same transaction,
 * queues the email that tells the team: both happen, or neither does.
 */
export async function requestCallback(input: CallbackRequestInput): Promise<CallbackRequestReceipt> {
  const parsed = callbackRequestSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError({ code: "VALIDATION_FAILED", message: "Invalid call-back request", details: { issues: parsed.error.issues } });
  }
  const details = parsed.data;
  const teamEmail = getEnv().TEAM_EMAIL;

  const receipt = await getDb().$transaction(async (tx) => {
    const request = await tx.callbackRequest.create({
      data: { name: details.name, phone: details.phone, preferredTime: details.preferredTime, message: details.message },
      select: { id: true, createdAt: true },
    });
    const reference = callbackReference(request.id);
    const email = renderCallbackRequestEmail({
      name: details.name,
      phone: details.phone,
      preferredTime: details.preferredTime,
      message: details.message,
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
