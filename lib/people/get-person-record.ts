import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { getConsentStatus, type ConsentAnswer } from "../consent/get-consent-status";
import { getDb } from "../db";
import type { Channel, Choice, DecisionMaker, DecisionStatus, ActorKind } from "../generated/prisma/enums";
import { type DecisionCard, toDecisionCards } from "./decision-cards";

export type TimelineStatus = { status: DecisionStatus; reason: string | null; changedAt: Date; byKind: ActorKind; byName: string | null };

export type TimelineDecision = {
  id: string;
  reference: string;
  nhsNumber: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  postcode: string | null;
  choice: Choice;
  madeBy: DecisionMaker;
  proxyName: string | null;
  proxyRelationship: string | null;
  channel: Channel;
  contactEmail: string | null;
  decidedAt: Date;
  recordedAt: Date;
  recordedByKind: ActorKind;
  recordedByName: string | null;
  sourceReference: string | null;
  /** The language it was made in (a locale), or null when not known (legacy imports). */
  language: string | null;
  correctsId: string | null;
  correctsReference: string | null;
  correctedByReferences: string[];
  statuses: TimelineStatus[];
  currentStatus: DecisionStatus;
};

export type PersonRecord = {
  nhsNumber: string;
  consent: ConsentAnswer;
  /** Every entry, tracing entries included, newest first. */
  decisions: TimelineDecision[];
  /** What staff see: one card per decision as received, a tracing inside the decision it traced. */
  cards: DecisionCard[];
};

export const TIMELINE_SELECT = {
  id: true,
  reference: true,
  nhsNumber: true,
  givenName: true,
  familyName: true,
  dateOfBirth: true,
  postcode: true,
  choice: true,
  madeBy: true,
  proxyName: true,
  proxyRelationship: true,
  channel: true,
  contactEmail: true,
  decidedAt: true,
  recordedAt: true,
  recordedByKind: true,
  recordedById: true,
  sourceReference: true,
  language: true,
  correctsId: true,
  corrects: { select: { reference: true } },
  corrections: { select: { reference: true } },
  statusEvents: { orderBy: { id: "asc" as const }, select: { status: true, reason: true, changedAt: true, byKind: true, byId: true } },
} as const;

type TimelineRow = {
  id: string;
  reference: string;
  nhsNumber: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth: Date;
  postcode: string | null;
  choice: Choice;
  madeBy: DecisionMaker;
  proxyName: string | null;
  proxyRelationship: string | null;
  channel: Channel;
  contactEmail: string | null;
  decidedAt: Date;
  recordedAt: Date;
  recordedByKind: ActorKind;
  recordedById: string | null;
  sourceReference: string | null;
  language: string | null;
  correctsId: string | null;
  corrects: { reference: string } | null;
  corrections: { reference: string }[];
  statusEvents: { status: DecisionStatus; reason: string | null; changedAt: Date; byKind: ActorKind; byId: string | null }[];
};

/** Staff ids to names, for "who recorded it". */
export async function nameStaff(ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await getDb().staffUser.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, email: true } });
  return new Map(rows.map((row) => [row.id, `${row.name} (${row.email})`]));
}

export async function toTimelineDecisions(rows: readonly TimelineRow[]): Promise<TimelineDecision[]> {
  const names = await nameStaff(rows.flatMap((row) => [row.recordedById, ...row.statusEvents.map((e) => e.byId)]));
  const nameOf = (kind: ActorKind, id: string | null) => (kind === "STAFF" && id ? (names.get(id) ?? id) : id);
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    nhsNumber: row.nhsNumber,
    givenName: row.givenName,
    familyName: row.familyName,
    dateOfBirth: row.dateOfBirth.toISOString().slice(0, 10),
    postcode: row.postcode,
    choice: row.choice,
    madeBy: row.madeBy,
    proxyName: row.proxyName,
    proxyRelationship: row.proxyRelationship,
    channel: row.channel,
    contactEmail: row.contactEmail,
    decidedAt: row.decidedAt,
    recordedAt: row.recordedAt,
    recordedByKind: row.recordedByKind,
    recordedByName: nameOf(row.recordedByKind, row.recordedById),
    sourceReference: row.sourceReference,
    language: row.language,
    correctsId: row.correctsId,
    correctsReference: row.corrects?.reference ?? null,
    correctedByReferences: row.corrections.map((c) => c.reference),
    statuses: row.statusEvents.map((e) => ({ status: e.status, reason: e.reason, changedAt: e.changedAt, byKind: e.byKind, byName: nameOf(e.byKind, e.byId) })),
    currentStatus: row.statusEvents.at(-1)?.status ?? "EFFECTIVE",
  }));
}

/** The decisions the current state of these NHS numbers comes from (person_consent.decision_id). */
export async function getCurrentDecisionIds(nhsNumbers: readonly (string | null)[]): Promise<Set<string>> {
  const wanted = [...new Set(nhsNumbers.filter((n): n is string => Boolean(n)))];
  if (wanted.length === 0) return new Set();
  const rows = await getDb().personConsent.findMany({ where: { nhsNumber: { in: wanted } }, select: { decisionId: true } });
  return new Set(rows.map((row) => row.decisionId).filter((id): id is string => Boolean(id)));
}

/**
 * One person's current state and every decision about them, newest decision
 * first, including entries a correction traced to them. Audited: every view
 * of a person's details is on record, with who looked.
 */
export async function getPersonRecord(options: { nhsNumber: string; viewer: Actor }): Promise<PersonRecord> {
  const db = getDb();
  const consent = await getConsentStatus({ nhsNumber: options.nhsNumber });
  const rows = await db.decision.findMany({
    where: { OR: [{ nhsNumber: options.nhsNumber }, { corrections: { some: { nhsNumber: options.nhsNumber } } }] },
    orderBy: [{ decidedAt: "desc" }, { recordedAt: "desc" }],
    select: TIMELINE_SELECT,
  });
  await db.$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: options.viewer,
      action: "person.view",
      entityType: "person",
      entityId: options.nhsNumber,
      nhsNumber: options.nhsNumber,
      details: { decisions: rows.length },
    });
  });
  const decisions = await toTimelineDecisions(rows);
  return { nhsNumber: options.nhsNumber, consent, decisions, cards: toDecisionCards(decisions, await getCurrentDecisionIds([options.nhsNumber])) };
}
