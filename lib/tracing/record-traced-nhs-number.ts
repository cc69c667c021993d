import type { Actor } from "../audit/actor";
import { recordDecision, type RecordedDecision } from "../consent/record-decision";
import { getDb } from "../db";
import { AppError } from "../errors";

/**
 * Records the NHS number staff traced for a decision that arrived without
 * one: a correction (a new entry pointing at the original, never an edit)
 * with the same details and the original decision time, so the decision
 * counts for that person from when they made it. The register's usual rule
 * decides its status (an opt-in reversing an opt-out waits for review).
 */
export async function recordTracedNhsNumber(options: { decisionId: string; nhsNumber: string; by: Actor }): Promise<RecordedDecision> {
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
      assurance: true,
    },
  });
  if (!original) throw new AppError({ code: "NOT_FOUND", message: `No decision ${options.decisionId}` });
  if (original.nhsNumber) {
    throw new AppError({ code: "CONFLICT", message: "Decision already has an NHS number", userMessage: "This decision already has an NHS number." });
  }
  return recordDecision({
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
    recordedBy: options.by,
  });
}
