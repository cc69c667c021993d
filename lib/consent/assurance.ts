import { AppError } from "../errors";
import type { Assurance } from "../generated/prisma/enums";
import type { DecisionDetails } from "../validation/decision";

// What proves a decision came from the person, or from someone proved to act
// for them (docs/decisions/015-consent-rule-and-assurance.md). Every caller of
// recordDecision says which, and the register refuses a claim the decision's
// own details contradict.

export type DecisionAssurance =
  /** NHS login at P9: the NHS number NHS login proved, and the email it holds (told of later opt-in attempts). */
  | { level: "VERIFIED"; by: "NHS_LOGIN"; nhsNumber: string; nhsLoginEmail?: string }
  /** A CareMyWay or CIDR opt-out carried across: those schemes checked identity. */
  | { level: "VERIFIED"; by: "LEGACY_IMPORT" }
  /** The details' contactEmail was proved with a one-time code in this journey. */
  | { level: "PROVED_EMAIL" }
  /** Keyed by staff from a phone call or paper form: a typed email proves nothing. */
  | { level: "UNPROVED" };

export type AssuranceColumns = { assurance: Assurance; verifiedNhsNumber: string | null; nhsLoginEmail: string | null };

const IMPORT_CHANNELS = new Set(["CAREMYWAY_IMPORT", "CIDR_IMPORT"]);

function refuse(message: string): never {
  throw new AppError({
    code: "VALIDATION_FAILED",
    message: `Assurance refused: ${message}`,
    userMessage: "This choice could not be recorded because how it was proved does not match the details given.",
  });
}

/** The columns to store, or VALIDATION_FAILED when the claim does not fit the decision. */
export function checkAssurance(details: DecisionDetails, assurance: DecisionAssurance | undefined): AssuranceColumns {
  if (!assurance) refuse("none given");
  const isImport = IMPORT_CHANNELS.has(details.channel);
  switch (assurance.level) {
    case "VERIFIED": {
      if (assurance.by === "LEGACY_IMPORT") {
        if (!isImport) refuse(`a ${details.channel} decision is not a legacy import`);
        return { assurance: "VERIFIED", verifiedNhsNumber: null, nhsLoginEmail: null };
      }
      if (details.channel !== "ONLINE") refuse("NHS login verifies online decisions only");
      // NHS login proves who signed in: it counts only for that person's own NHS number.
      if (!details.nhsNumber || assurance.nhsNumber !== details.nhsNumber) {
        refuse("the NHS number NHS login verified is not the decision's NHS number");
      }
      const email = assurance.nhsLoginEmail?.trim().toLowerCase() || null;
      if (email && (email.length > 254 || !/^[^\s@]+@[^\s@]+$/.test(email))) refuse("the NHS login email is not an email address");
      return { assurance: "VERIFIED", verifiedNhsNumber: assurance.nhsNumber, nhsLoginEmail: email };
    }
    case "PROVED_EMAIL":
      if (details.channel !== "ONLINE") refuse("only the online journey proves an email address");
      if (!details.contactEmail) refuse("a proved email needs the contact email");
      return { assurance: "PROVED_EMAIL", verifiedNhsNumber: null, nhsLoginEmail: null };
    case "UNPROVED":
      if (isImport) refuse("a legacy import is recorded as verified");
      return { assurance: "UNPROVED", verifiedNhsNumber: null, nhsLoginEmail: null };
    default:
      return refuse(`unknown level ${(assurance as { level: unknown }).level}`);
  }
}
