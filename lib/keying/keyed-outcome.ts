import { getDb } from "../db";
import { isValidReferenceNumber } from "../consent/reference-number";

/**
 * What happened to a decision just keyed, in staff words, read from the register (not from the address,
 * which anyone can edit): in effect, waiting for a second member of staff, or on the tracing worklist.
 * Null for a reference that is not a decision's.
 */
export async function describeKeyedOutcome(reference: string): Promise<string | null> {
  if (!isValidReferenceNumber(reference)) return null;
  const decision = await getDb().decision.findUnique({
    where: { reference },
    select: { nhsNumber: true, choice: true, statusEvents: { orderBy: { id: "desc" }, take: 1, select: { status: true } } },
  });
  if (!decision) return null;
  const status = decision.statusEvents[0]?.status ?? "EFFECTIVE";
  const what = decision.choice === "OPT_OUT" ? "opt-out" : "opt-in";
  if (!decision.nhsNumber) return `The ${what} has no NHS number, so it is on the tracing worklist: it takes effect once it is matched to a person.`;
  if (status === "AWAITING_REVIEW")
    return `The ${what} is waiting for review: it would reverse an opt-out, and a keyed decision proves nobody's identity, so a second member of staff must check it before it takes effect.`;
  if (status === "EFFECTIVE") return `The ${what} is in effect now.`;
  return `The ${what} has been withdrawn.`;
}
