import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { isValidReferenceNumber, normaliseReferenceNumber, REFERENCE_ALPHABET, REFERENCE_LENGTH } from "../consent/reference-number";
import { getDb } from "../db";

export type ReferenceProblem = { ok: false; message: string };

/**
 * A reference as staff type it, in either format (online "2V8-8F7-FB5" or
 * staff "GSF5CNE5B"), any case, with spaces or dashes: the normalised
 * reference, or what is wrong with it in words.
 */
export function parseReferenceInput(input: string): { ok: true; reference: string } | ReferenceProblem {
  const reference = normaliseReferenceNumber(input);
  if (reference === "") return { ok: false, message: "Enter the decision's reference, like GSF5CNE5B or 2V8-8F7-FB5" };
  if (reference.length !== REFERENCE_LENGTH) {
    return { ok: false, message: `A reference has ${REFERENCE_LENGTH} letters and numbers (like 2V8-8F7-FB5): this has ${reference.length}` };
  }
  const strange = [...new Set([...reference].filter((c) => !REFERENCE_ALPHABET.includes(c)))];
  if (strange.length > 0) {
    return { ok: false, message: `A reference never contains ${strange.join(", ")} (references leave out 0, 1, I, L, O, U and Z): check it with the person` };
  }
  if (!isValidReferenceNumber(reference)) return { ok: false, message: "This is not a reference the register gives: a character is wrong or two are swapped. Check it with the person" };
  return { ok: true, reference };
}

export type FoundDecision = {
  /** The decision as received: a tracing entry's reference opens the decision it traced. */
  decisionId: string;
  reference: string;
};

/**
 * The decision with this reference (a valid, normalised one), or null.
 * Audited whether or not it is found, like every search of residents'
 * details: who looked for which reference, and what it opened.
 */
export async function findDecisionByReference(options: { reference: string; viewer: Actor }): Promise<FoundDecision | null> {
  const db = getDb();
  const row = await db.decision.findUnique({
    where: { reference: options.reference },
    select: {
      id: true,
      reference: true,
      nhsNumber: true,
      corrects: { select: { id: true, reference: true } },
      // An untraced decision has no NHS number; its tracing gives it one.
      corrections: { where: { nhsNumber: { not: null } }, select: { nhsNumber: true }, orderBy: { recordedAt: "desc" }, take: 1 },
    },
  });
  // Whose record the search opened, so the person's audit trail shows it, also for a traced decision found by its original reference.
  const nhsNumber = row ? (row.nhsNumber ?? row.corrections[0]?.nhsNumber ?? null) : null;
  const found = row ? (row.corrects ? { decisionId: row.corrects.id, reference: row.corrects.reference } : { decisionId: row.id, reference: row.reference }) : null;
  await db.$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: options.viewer,
      action: "decision.find",
      entityType: "decision_search",
      entityId: options.reference,
      nhsNumber,
      details: { reference: options.reference, found: Boolean(row), ...(found ? { decisionId: found.decisionId } : {}) },
    });
  });
  return found;
}
