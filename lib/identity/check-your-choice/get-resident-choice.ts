import { recordAuditEvent } from "../../audit/record-audit-event";
import { getConsentStatus, type ConsentAnswer } from "../../consent/get-consent-status";
import { getDb } from "../../db";
import type { Channel, Choice, DecisionStatus } from "../../generated/prisma/enums";

// "Check your choice": what a resident signed in with NHS login at P9 may see
// about their own NHS number. Every view is audited, in its own transaction
// before anything is returned.

export type ResidentDecision = {
  reference: string;
  decidedAt: Date;
  choice: Choice;
  channel: Channel;
  madeBy: { kind: "SELF" } | { kind: "PROXY"; name: string; relationship: string };
  status: DecisionStatus;
};

export type ResidentChoice = {
  nhsNumber: string;
  consent: ConsentAnswer;
  decisions: ResidentDecision[];
  /** The legacy scheme whose opt-out was carried across, when the one in force came from an import. */
  carriedAcross: "CAREMYWAY_IMPORT" | "CIDR_IMPORT" | null;
  hasAwaitingReview: boolean;
};

export async function getResidentChoice(options: { nhsNumber: string; sessionId: string; view: "page" | "receipt" }): Promise<ResidentChoice> {
  const db = getDb();
  await db.$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: { kind: "RESIDENT", id: `nhs-login-session:${options.sessionId}` },
      action: options.view === "page" ? "resident.choice.view" : "resident.choice.receipt",
      entityType: "person",
      entityId: options.nhsNumber,
      nhsNumber: options.nhsNumber,
    });
  });
  const consent = await getConsentStatus({ nhsNumber: options.nhsNumber });
  const rows = await db.decision.findMany({
    where: { nhsNumber: options.nhsNumber },
    orderBy: [{ decidedAt: "desc" }, { recordedAt: "desc" }],
    select: {
      id: true,
      reference: true,
      decidedAt: true,
      choice: true,
      channel: true,
      madeBy: true,
      proxyName: true,
      proxyRelationship: true,
      statusEvents: { orderBy: { id: "desc" }, take: 1, select: { status: true } },
    },
  });
  const current = await db.personConsent.findUnique({ where: { nhsNumber: options.nhsNumber }, select: { status: true, channel: true } });
  const decisions: ResidentDecision[] = rows.map((row) => ({
    reference: row.reference,
    decidedAt: row.decidedAt,
    choice: row.choice,
    channel: row.channel,
    madeBy: row.madeBy === "SELF" ? { kind: "SELF" } : { kind: "PROXY", name: row.proxyName ?? "", relationship: row.proxyRelationship ?? "" },
    status: row.statusEvents[0]?.status ?? "EFFECTIVE",
  }));
  const carriedAcross =
    current?.status === "OPTED_OUT" && (current.channel === "CAREMYWAY_IMPORT" || current.channel === "CIDR_IMPORT") ? current.channel : null;
  return { nhsNumber: options.nhsNumber, consent, decisions, carriedAcross, hasAwaitingReview: decisions.some((d) => d.status === "AWAITING_REVIEW") };
}
