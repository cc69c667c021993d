import type { TransactionClient } from "../db";

export type OutgoingEmail = {
  /** The same key is only ever sent once, e.g. "callback-request:<id>". */
  idempotencyKey: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
};

/**
 * Queues an email in the outbox inside the caller's transaction, so it is
 * sent if and only if the change that caused it commits. Queuing the same
 * idempotency key again does nothing. The outbox worker sends it.
 */
export async function enqueueEmail(tx: TransactionClient, email: OutgoingEmail): Promise<void> {
  await tx.emailOutbox.createMany({
    data: [
      {
        idempotencyKey: email.idempotencyKey,
        toAddress: email.to,
        subject: email.subject,
        textBody: email.text,
        htmlBody: email.html ?? null,
      },
    ],
    skipDuplicates: true,
  });
}
