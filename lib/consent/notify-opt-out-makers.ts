import { createHash } from "node:crypto";

import { formatReferenceNumber } from "./reference-number";
import type { OptInAttemptNoticeInput } from "../content/emails";
import { contentFor } from "../content/locales";
import type { TransactionClient } from "../db";
import { enqueueEmail } from "../email/enqueue-email";
import { siteLinksFor } from "../email/site-links";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import { isPublished } from "../i18n/published";

// Whenever an opt-in reverses, or tries to reverse, an opt-out, everyone who
// proved an earlier opt-out of that person is told, in the opt-in's own
// transaction, through the outbox (docs/decisions/015). The notice carries
// nothing the requester gave.

/** An address to tell, why, and the language to tell it in: that of the decision the address made (English when not known). */
export type NoticeAddress = { address: string; basis: OptInAttemptNoticeInput["basis"]; language: Locale };

function languageOf(value: string | null): Locale {
  return isLocale(value) && isPublished(value) ? value : DEFAULT_LOCALE;
}

/**
 * Who to tell about an attempt to opt this person back in: every address that
 * proved an opt-out of them (online, with a one-time code) and every NHS login
 * email stored on a decision verified for them, unless that decision was
 * withdrawn (rejected evidence proves no authority). A typed email (keyed
 * decisions) proved nothing and is not used.
 *
 * Hook for NHS login: a decision recorded with
 * `{ level: "VERIFIED", by: "NHS_LOGIN", nhsNumber, nhsLoginEmail }` stores the
 * email NHS login holds, and this reads it. If NHS login sign-ins are later
 * kept without a decision, add their emails here.
 */
export async function listOptOutNoticeAddresses(tx: TransactionClient, options: { nhsNumber: string; excludeDecisionId?: string }): Promise<NoticeAddress[]> {
  const rows = await tx.$queryRaw<{ reference: string; decided_at: Date; choice: string; assurance: string; contact_email: string | null; nhs_login_email: string | null; language: string | null }[]>`
    SELECT d.reference, d.decided_at, d.choice, d.assurance, d.contact_email, d.nhs_login_email, d.language
      FROM decision d
     WHERE d.nhs_number = ${options.nhsNumber}
       AND d.id::text IS DISTINCT FROM ${options.excludeDecisionId ?? null}
       AND ((d.choice = 'OPT_OUT' AND d.assurance = 'PROVED_EMAIL' AND d.contact_email IS NOT NULL) OR d.nhs_login_email IS NOT NULL)
       AND (SELECT e.status FROM decision_status_event e WHERE e.decision_id = d.id ORDER BY e.id DESC LIMIT 1) <> 'WITHDRAWN'
     ORDER BY d.decided_at DESC, d.reference`;
  const found = new Map<string, NoticeAddress>();
  for (const row of rows) {
    // Latest first: each address is told about its most recent opt-out.
    const language = languageOf(row.language);
    if (row.choice === "OPT_OUT" && row.assurance === "PROVED_EMAIL" && row.contact_email && !found.has(row.contact_email)) {
      found.set(row.contact_email, {
        address: row.contact_email,
        basis: { kind: "opt-out", reference: formatReferenceNumber(row.reference), decidedOn: contentFor(language).dates.formatLondonDateTime(row.decided_at) },
        language,
      });
    }
    if (row.nhs_login_email && !found.has(row.nhs_login_email)) {
      found.set(row.nhs_login_email, { address: row.nhs_login_email, basis: { kind: "nhs-login" }, language });
    }
  }
  return [...found.values()];
}

/**
 * Queues the notice to each address, in the caller's transaction. The
 * requester's own proved address (or NHS login email) is left out: they get
 * the confirmation instead. A typed email is never the requester's proof, so
 * it is never left out on that account.
 */
export async function queueOptInAttemptNotices(
  tx: TransactionClient,
  options: {
    nhsNumber: string;
    optIn: { id: string; reference: string; receivedAt: Date; status: "EFFECTIVE" | "AWAITING_REVIEW" };
    requesterAddress: string | null;
  },
): Promise<number> {
  const addresses = (await listOptOutNoticeAddresses(tx, { nhsNumber: options.nhsNumber, excludeDecisionId: options.optIn.id })).filter(
    (notice) => notice.address !== options.requesterAddress,
  );
  for (const notice of addresses) {
    // In the language of the decision this address made, not the requester's.
    const content = contentFor(notice.language);
    const email = content.emails.renderOptInAttemptNotice({
      requestReference: formatReferenceNumber(options.optIn.reference),
      receivedAt: content.dates.formatLondonDateTime(options.optIn.receivedAt),
      outcome: options.optIn.status,
      basis: notice.basis,
      links: siteLinksFor(notice.language),
    });
    const addressKey = createHash("sha256").update(notice.address).digest("hex").slice(0, 24);
    await enqueueEmail(tx, { idempotencyKey: `opt-in-notice:${options.optIn.id}:${addressKey}`, to: notice.address, ...email });
  }
  return addresses.length;
}
