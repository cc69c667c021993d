import { z } from "zod";
import { decisionDetailsSchema, hasNoHiddenCharacters, isoDateSchema } from "./decision";

// Staff keying a paper form or a phone call: the online journey's schema
// (decisionDetailsSchema, with every rule it checks) plus what only paper and
// phone have. One schema for the form and the server.

export const KEYED_CHANNELS = ["PAPER", "PHONE"] as const;
export const FORM_REFERENCE_MAX = 50;

export const keyedDecisionSchema = decisionDetailsSchema
  .safeExtend({
    channel: z.enum(KEYED_CHANNELS, "Select how the decision reached us"),
    receivedOn: isoDateSchema,
    formReference: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z
        .string()
        .trim()
        .toUpperCase()
        .max(FORM_REFERENCE_MAX, `The form reference must be ${FORM_REFERENCE_MAX} characters or fewer`)
        .refine(hasNoHiddenCharacters, "The form reference must not include hidden characters such as tabs or line breaks")
        .optional(),
    ),
    isSigned: z.enum(["yes", "no"]).optional(),
  })
  .superRefine((value, ctx) => {
    const today = new Date().toISOString().slice(0, 10);
    if (value.receivedOn > today) ctx.addIssue({ code: "custom", path: ["receivedOn"], message: "The date received must be today or in the past" });
    if (value.decidedAt.toISOString().slice(0, 10) > value.receivedOn) {
      ctx.addIssue({ code: "custom", path: ["decidedAt"], message: "The date of the decision must be on or before the date received" });
    }
    if (value.channel === "PAPER" && !value.formReference) {
      ctx.addIssue({ code: "custom", path: ["formReference"], message: "Enter the reference printed on the paper form" });
    }
    if (value.channel === "PAPER" && !value.isSigned) {
      ctx.addIssue({ code: "custom", path: ["isSigned"], message: "Select whether the form is signed" });
    }
  });

export type KeyedDecisionInput = z.input<typeof keyedDecisionSchema>;
export type KeyedDecision = z.output<typeof keyedDecisionSchema>;

export const KEYED_FORM_FIELDS = [
  "channel", "nhsNumber", "givenName", "familyName", "dateOfBirth", "postcode", "gpPracticeOds", "choice", "madeBy",
  "proxyName", "proxyRelationship", "contactEmail", "decidedOn", "receivedOn", "formReference", "isSigned", "confirmDuplicate",
] as const;
export type KeyedFormField = (typeof KEYED_FORM_FIELDS)[number];

/** "27/03/1980", "27 3 1980" or "1980-03-27" to "1980-03-27"; anything else unchanged, for the schema to reject. */
export function normaliseDateInput(value: string): string {
  const trimmed = value.trim();
  const dmy = /^(\d{1,2})[/\s.-](\d{1,2})[/\s.-](\d{4})$/.exec(trimmed);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}`;
  return trimmed;
}

/**
 * The form's strings as the schema's input. A decision keyed from paper or a
 * call is dated midday UK time on the day it was made (the form has no time).
 */
export function readKeyedDecisionForm(form: Record<KeyedFormField, string>): KeyedDecisionInput {
  const decidedOn = normaliseDateInput(form.decidedOn);
  const decidedAt = /^\d{4}-\d{2}-\d{2}$/.test(decidedOn) ? `${decidedOn}T12:00:00.000Z` : decidedOn;
  return {
    channel: form.channel as KeyedDecisionInput["channel"],
    nhsNumber: form.nhsNumber,
    givenName: form.givenName,
    familyName: form.familyName,
    dateOfBirth: normaliseDateInput(form.dateOfBirth),
    postcode: form.postcode,
    gpPracticeOds: form.gpPracticeOds,
    choice: form.choice as KeyedDecisionInput["choice"],
    madeBy: form.madeBy as KeyedDecisionInput["madeBy"],
    proxyName: form.proxyName,
    proxyRelationship: form.proxyRelationship,
    contactEmail: form.contactEmail,
    decidedAt,
    receivedOn: normaliseDateInput(form.receivedOn),
    formReference: form.formReference,
    isSigned: (form.isSigned || undefined) as KeyedDecisionInput["isSigned"],
  };
}

/** Schema paths to form field names (the form asks for a date, the schema holds an instant). */
export function keyedFieldFor(path: string): KeyedFormField {
  return path === "decidedAt" ? "decidedOn" : (path as KeyedFormField);
}
