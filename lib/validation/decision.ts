import { z } from "zod";
import { DECISION_ERRORS as E } from "../content/decision-errors";
import { NHS_NUMBER_ERRORS } from "../content/nhs-number-errors";
import { parseNhsNumber } from "../nhs-number/nhs-number";
import { NAME_MAX, PROXY_NAME_MAX, RELATIONSHIP_MAX } from "./limits";

// The details of a decision, as the register core accepts them. The online
// journeys and staff keying derive their form schemas from these.

export const CHOICES = ["OPT_OUT", "OPT_IN"] as const;
export const DECISION_MAKERS = ["SELF", "PARENT_OR_GUARDIAN", "ATTORNEY", "DEPUTY"] as const;
export const CHANNELS = ["ONLINE", "PAPER", "PHONE", "CAREMYWAY_IMPORT", "CIDR_IMPORT"] as const;

/** Clock skew allowed between a caller's clock and ours for "when it was decided". */
export const DECIDED_AT_FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
const EARLIEST_BIRTH = "1900-01-01";

export const nhsNumberSchema = z.string().transform((input, ctx) => {
  const parsed = parseNhsNumber(input);
  if (parsed.ok) return parsed.nhsNumber;
  // Blank is "not given" wherever the number is optional; where it is required, say how long it must be.
  const message = parsed.problem === "empty" ? NHS_NUMBER_ERRORS["wrong-length"] : NHS_NUMBER_ERRORS[parsed.problem];
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
});

/** A calendar date as YYYY-MM-DD that really exists (no 31 February). */
export const isoDateSchema = z
  .string()
  .trim()
  .refine((value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, E.dateOfBirth.invalid);

// The UK postcode shape (outward code, space, inward code), normalised to
// upper case with one space, e.g. "n11aa" -> "N1 1AA".
const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/;
export const postcodeSchema = z
  .string()
  .transform((value) => value.trim().toUpperCase().replace(/\s+/g, " "))
  .refine((value) => POSTCODE.test(value), E.postcode.invalid)
  .transform((value) => value.replace(POSTCODE, "$1 $2"));

export const odsCodeSchema = z
  .string()
  .transform((value) => value.trim().toUpperCase())
  .refine((value) => /^[A-Z]\d{5}$/.test(value), E.gpPracticeOds.invalid);

/**
 * True when text has no control characters (C0, DEL, C1: NUL, tabs, line
 * breaks...) and no unpaired UTF-16 surrogates. PostgreSQL refuses NUL in
 * text and would store a lone surrogate as U+FFFD, so both are refused here
 * with a message rather than failing, or changing, at the database.
 */
const HIDDEN_CHARACTER = /[\u0000-\u001f\u007f-\u009f]|\p{Cs}/u;
export function hasNoHiddenCharacters(value: string): boolean {
  return !HIDDEN_CHARACTER.test(value);
}

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

export const decisionDetailsSchema = z
  .object({
    nhsNumber: optional(nhsNumberSchema),
    givenName: z.string().trim().min(1, E.givenName.required).max(NAME_MAX, E.givenName.tooLong).refine(hasNoHiddenCharacters, E.givenName.hiddenCharacters),
    familyName: z.string().trim().min(1, E.familyName.required).max(NAME_MAX, E.familyName.tooLong).refine(hasNoHiddenCharacters, E.familyName.hiddenCharacters),
    dateOfBirth: isoDateSchema,
    postcode: optional(postcodeSchema),
    gpPracticeOds: optional(odsCodeSchema),
    choice: z.enum(CHOICES, E.choice.required),
    madeBy: z.enum(DECISION_MAKERS, E.madeBy.required),
    proxyName: optional(z.string().trim().max(PROXY_NAME_MAX, E.proxyName.tooLong).refine(hasNoHiddenCharacters, E.proxyName.hiddenCharacters)),
    proxyRelationship: optional(z.string().trim().max(RELATIONSHIP_MAX, E.proxyRelationship.tooLong).refine(hasNoHiddenCharacters, E.proxyRelationship.hiddenCharacters)),
    channel: z.enum(CHANNELS, E.channel.required),
    contactEmail: optional(z.string().trim().toLowerCase().pipe(z.email(E.contactEmail.invalid).max(254))),
    // Only an instant that says its time zone, or a Date: never a number, a
    // bare date or null coerced to 1970, which would silently lose to everything.
    decidedAt: z
      .union([z.date(), z.iso.datetime({ offset: true }).transform((value) => new Date(value))], E.decidedAt.invalid)
      .refine((d) => !Number.isNaN(d.getTime()), E.decidedAt.invalid),
    sourceReference: optional(z.string().trim().max(200, E.sourceReference.tooLong).refine(hasNoHiddenCharacters, E.sourceReference.hiddenCharacters)),
  })
  .superRefine((value, ctx) => {
    const isProxy = value.madeBy !== "SELF";
    if (isProxy && !value.proxyName) ctx.addIssue({ code: "custom", path: ["proxyName"], message: E.proxyName.required });
    if (isProxy && !value.proxyRelationship) {
      ctx.addIssue({ code: "custom", path: ["proxyRelationship"], message: E.proxyRelationship.required });
    }
    if (!isProxy && (value.proxyName || value.proxyRelationship)) {
      ctx.addIssue({ code: "custom", path: ["proxyName"], message: E.proxyName.notAllowed });
    }
    const today = new Date().toISOString().slice(0, 10);
    if (value.dateOfBirth > today) ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message: E.dateOfBirth.future });
    if (value.dateOfBirth < EARLIEST_BIRTH) ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message: E.dateOfBirth.tooOld });
    if (value.decidedAt.getTime() > Date.now() + DECIDED_AT_FUTURE_TOLERANCE_MS) {
      ctx.addIssue({ code: "custom", path: ["decidedAt"], message: E.decidedAt.future });
    }
    if (value.decidedAt.toISOString().slice(0, 10) < value.dateOfBirth) {
      ctx.addIssue({ code: "custom", path: ["decidedAt"], message: E.decidedAt.beforeBirth });
    }
  });

export type DecisionDetailsInput = z.input<typeof decisionDetailsSchema>;
export type DecisionDetails = z.output<typeof decisionDetailsSchema>;
