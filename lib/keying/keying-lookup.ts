import type { Actor } from "../audit/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getConsentStatus } from "../consent/get-consent-status";
import { formatReferenceNumber } from "../consent/reference-number";
import { formatDecidedAt } from "../content/dates";
import { getDb } from "../db";
import { CHANNEL_LABELS, CHOICE_LABELS, STATUS_LABELS } from "../staff/labels";

/** What a keyer sees beside a valid NHS number: the person's state and their latest decision, in words. */
export type KeyingLookup = { nhsNumber: string; state: string; lastDecision: string | null };

/**
 * The person's current state and latest decision, for the keying form, as one sentence each. A lookup
 * reveals a person's choice, so it is audited as a person view ("person.lookup"), like the person page.
 */
export async function lookUpForKeying(options: { nhsNumber: string; viewer: Actor }): Promise<KeyingLookup> {
  const db = getDb();
  const consent = await getConsentStatus({ nhsNumber: options.nhsNumber });
  const latest = await db.decision.findFirst({
    where: { nhsNumber: options.nhsNumber },
    orderBy: [{ decidedAt: "desc" }, { recordedAt: "desc" }],
    select: { reference: true, choice: true, decidedAt: true, channel: true, statusEvents: { orderBy: { id: "desc" }, take: 1, select: { status: true } } },
  });
  await db.$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: options.viewer,
      action: "person.lookup",
      entityType: "person",
      entityId: options.nhsNumber,
      nhsNumber: options.nhsNumber,
      details: { purpose: "keying", known: latest !== null },
    });
  });
  const state =
    consent.status === "opted-out"
      ? `Opted out since ${consent.decidedAt ? formatDecidedAt(consent.decidedAt, consent.source) : "an unknown date"}.`
      : latest
        ? "Taking part (no opt-out in effect)."
        : "No decisions recorded: taking part.";
  const lastDecision = latest
    ? `Latest decision: ${CHOICE_LABELS[latest.choice]} on ${formatDecidedAt(latest.decidedAt, latest.channel)}, ${CHANNEL_LABELS[latest.channel]}, ${formatReferenceNumber(latest.reference)} (${STATUS_LABELS[latest.statusEvents[0]?.status ?? "EFFECTIVE"].toLowerCase()}).`
    : null;
  return { nhsNumber: options.nhsNumber, state, lastDecision };
}
