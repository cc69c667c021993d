import type { Actor } from "../audit/actor";
import { recordDecision, type RecordedDecision } from "../consent/record-decision";
import { getDb } from "../db";
import { AppError } from "../errors";
import { isLocale } from "../i18n/locales";
import { formatNhsNumber } from "../nhs-number/nhs-number";

/**
 * Records the NHS number staff traced for a decision that arrived without
 * one: a correction (a new entry pointing at the original, never an edit)
 * with the same details, the original decision time and the language it was
 * made in, so the decision counts for that person from when they made it. The register's usual rule
 * decides its status (an opt-in reversing an opt-out waits for review).
 */
export type TracedDecision = RecordedDecision & {
  /** The traced decision's own reference: the one the resident was given and staff keep using (the correction's is internal). */
  tracedReference: string;
};

export async function recordTracedNhsNumber(options: { decisionId: string; nhsNumber: string; by: Actor }): Promise<TracedDecision> {
  if (!/^[0-9a-f-]{36}$/i.test(options.decisionId)) throw new AppError({ code: "NOT_FOUND", message: `No decision ${options.decisionId}` });
  // The traced number is the whole point: a blank one would record an untraced correction.
  if (options.nhsNumber.trim() === "") {
    throw new AppError({ code: "VALIDATION_FAILED", message: "No traced NHS number given", userMessage: "Enter the NHS number you traced" });
  }
  const original = await getDb().decision.findUnique({
    where: { id: options.decisionId },
    select: {
      nhsNumber: true, givenName: true, familyName: true, dateOfBirth: true, postcode: true, gpPracticeOds: true, choice: true,
      madeBy: true, proxyName: true, proxyRelationship: true, channel: true, contactEmail: true, decidedAt: true, sourceReference: true,
      assurance: true, reference: true, language: true,
      // A tracing that still stands (in effect or waiting for review): the decision is traced already.
      corrections: { select: { nhsNumber: true, statusEvents: { orderBy: { id: "desc" }, take: 1, select: { status: true } } } },
    },
  });
  if (!original) throw new AppError({ code: "NOT_FOUND", message: `No decision ${options.decisionId}` });
  if (original.nhsNumber) {
    throw new AppError({ code: "CONFLICT", message: "Decision already has an NHS number", userMessage: "This decision already has an NHS number." });
  }
  const standing = original.corrections.find((c) => c.statusEvents[0]?.status !== "WITHDRAWN");
  if (standing) {
    throw new AppError({
      code: "CONFLICT",
      message: "Decision already traced",
      userMessage: `This decision has already been traced to NHS number ${standing.nhsNumber ? formatNhsNumber(standing.nhsNumber) : "unknown"}.`,
    });
  }
  const recorded = await recordDecision({
    details: {
      nhsNumber: options.nhsNumber,
      givenName: original.givenName,
      familyName: original.familyName,
      dateOfBirth: original.dateOfBirth.toISOString().slice(0, 10),
      postcode: original.postcode ?? undefined,
      gpPracticeOds: original.gpPracticeOds ?? undefined,
      choice: original.choice,
      madeBy: original.madeBy,
      proxyName: original.proxyName ?? undefined,
      proxyRelationship: original.proxyRelationship ?? undefined,
      channel: original.channel,
      contactEmail: original.contactEmail ?? undefined,
      decidedAt: original.decidedAt,
      sourceReference: original.sourceReference ?? undefined,
    },
    // The same proof as the original: an untraced decision was never verified
    // by NHS login or imported (both carry an NHS number), so it is a proved
    // email or nothing.
    assurance: original.assurance === "PROVED_EMAIL" ? { level: "PROVED_EMAIL" } : { level: "UNPROVED" },
    correctsId: options.decisionId,
    // The language the resident wrote or spoke in stays the decision's: not known stays not known.
    language: isLocale(original.language) ? original.language : undefined,
    recordedBy: options.by,
  });
  return { ...recorded, tracedReference: original.reference };
}
