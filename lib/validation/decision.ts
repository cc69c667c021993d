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

/** The messages for an NHS number that is not valid, in one language (lib/content/nhs-number-errors.ts). */
export type NhsNumberErrorMessages = Readonly<Record<keyof typeof NHS_NUMBER_ERRORS, string>>;

/** An NHS number, its messages in one language. */
export function nhsNumberSchemaIn(messages: NhsNumberErrorMessages) {
  return z.string().transform((input, ctx) => {
    const parsed = parseNhsNumber(input);
    if (parsed.ok) return parsed.nhsNumber;
    // Blank is "not given" wherever the number is optional; where it is required, say how long it must be.
    const message = parsed.problem === "empty" ? messages["wrong-length"] : messages[parsed.problem];
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });
}

/** In English, for staff keying, the API and the tests. */
export const nhsNumberSchema = nhsNumberSchemaIn(NHS_NUMBER_ERRORS);

/** True for a calendar date as YYYY-MM-DD that really exists (no 31 February). */
export function isRealIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date as YYYY-MM-DD that really exists, with the message to give when it does not. */
export function calendarDateSchema(invalid: string, required?: string) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (value === "" && required) ctx.addIssue({ code: "custom", message: required });
      else if (!isRealIsoDate(value)) ctx.addIssue({ code: "custom", message: invalid });
    });
}

/** A date of birth as YYYY-MM-DD that really exists. */
export const isoDateSchema = calendarDateSchema(E.dateOfBirth.invalid);

// The UK postcode shape (outward code, space, inward code), normalised to
// upper case with one space, e.g. "n11aa" -> "N1 1AA".
const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/;
export const postcodeSchema = postcodeSchemaWith(E.postcode.invalid);
/** The postcode shape, with the message to give (in the page's language) when it is not one. */
export function postcodeSchemaWith(invalid: string) {
  return z
    .string()
    .transform((value) => value.trim().toUpperCase().replace(/\s+/g, " "))
    .refine((value) => POSTCODE.test(value), invalid)
    .transform((value) => value.replace(POSTCODE, "$1 $2"));
}

export const odsCodeSchema = odsCodeSchemaWith(E.gpPracticeOds.invalid);
function odsCodeSchemaWith(invalid: string) {
  return z
    .string()
    .transform((value) => value.trim().toUpperCase())
    .refine((value) => /^[A-Z]\d{5}$/.test(value), invalid);
}

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

/** Blank is "not given": the field is left out. */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/** The messages a decision's details are checked with: residents' wording, or staff's (lib/content/decision-errors.ts). */
export type DecisionErrorMessages = {
  [Field in keyof typeof E]: { [Message in keyof (typeof E)[Field]]: string } & (Field extends "dateOfBirth" ? { required?: string } : unknown);
};

/** The fields of a decision, each checked on its own, with the given messages. */
export function decisionDetailsShape(messages: DecisionErrorMessages) {
  const M = messages;
  return {
    nhsNumber: optional(nhsNumberSchema),
    givenName: z.string().trim().min(1, M.givenName.required).max(NAME_MAX, M.givenName.tooLong).refine(hasNoHiddenCharacters, M.givenName.hiddenCharacters),
    familyName: z.string().trim().min(1, M.familyName.required).max(NAME_MAX, M.familyName.tooLong).refine(hasNoHiddenCharacters, M.familyName.hiddenCharacters),
    dateOfBirth: calendarDateSchema(M.dateOfBirth.invalid, M.dateOfBirth.required),
    postcode: optional(postcodeSchemaWith(M.postcode.invalid)),
    gpPracticeOds: optional(odsCodeSchemaWith(M.gpPracticeOds.invalid)),
    choice: z.enum(CHOICES, M.choice.required),
    madeBy: z.enum(DECISION_MAKERS, M.madeBy.required),
    proxyName: optional(z.string().trim().max(PROXY_NAME_MAX, M.proxyName.tooLong).refine(hasNoHiddenCharacters, M.proxyName.hiddenCharacters)),
    proxyRelationship: optional(z.string().trim().max(RELATIONSHIP_MAX, M.proxyRelationship.tooLong).refine(hasNoHiddenCharacters, M.proxyRelationship.hiddenCharacters)),
    channel: z.enum(CHANNELS, M.channel.required),
    contactEmail: optional(z.string().trim().toLowerCase().pipe(z.email(M.contactEmail.invalid).max(254))),
    // Only an instant that says its time zone, or a Date: never a number, a
    // bare date or null coerced to 1970, which would silently lose to everything.
    decidedAt: z
      .union([z.date(), z.iso.datetime({ offset: true }).transform((value) => new Date(value))], M.decidedAt.invalid)
      .refine((d) => !Number.isNaN(d.getTime()), M.decidedAt.invalid),
    sourceReference: optional(z.string().trim().max(200, M.sourceReference.tooLong).refine(hasNoHiddenCharacters, M.sourceReference.hiddenCharacters)),
  };
}

/**
 * The rules across a decision's fields. They check only fields that are themselves valid, so they can
 * run alongside the fields' own checks and every problem is reported at once (staff keying), or after
 * them (the register core).
 */
export function checkDecisionRules(value: Record<string, unknown>, ctx: z.RefinementCtx, messages: DecisionErrorMessages): void {
  const M = messages;
  const isProxy = typeof value.madeBy === "string" && value.madeBy !== "SELF";
  if (DECISION_MAKERS.includes(value.madeBy as never)) {
    if (isProxy && !value.proxyName) ctx.addIssue({ code: "custom", path: ["proxyName"], message: M.proxyName.required });
    if (isProxy && !value.proxyRelationship) ctx.addIssue({ code: "custom", path: ["proxyRelationship"], message: M.proxyRelationship.required });
    if (!isProxy && (value.proxyName || value.proxyRelationship)) ctx.addIssue({ code: "custom", path: ["proxyName"], message: M.proxyName.notAllowed });
  }
  const today = new Date().toISOString().slice(0, 10);
  const dateOfBirth = typeof value.dateOfBirth === "string" && isRealIsoDate(value.dateOfBirth) ? value.dateOfBirth : undefined;
  if (dateOfBirth && dateOfBirth > today) ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message: M.dateOfBirth.future });
  if (dateOfBirth && dateOfBirth < EARLIEST_BIRTH) ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message: M.dateOfBirth.tooOld });
  const decidedAt = value.decidedAt instanceof Date && !Number.isNaN(value.decidedAt.getTime()) ? value.decidedAt : undefined;
  if (decidedAt && decidedAt.getTime() > Date.now() + DECIDED_AT_FUTURE_TOLERANCE_MS) {
    ctx.addIssue({ code: "custom", path: ["decidedAt"], message: M.decidedAt.future });
  }
  if (decidedAt && dateOfBirth && decidedAt.toISOString().slice(0, 10) < dateOfBirth) {
    ctx.addIssue({ code: "custom", path: ["decidedAt"], message: M.decidedAt.beforeBirth });
  }
}

export const decisionDetailsSchema = z.object(decisionDetailsShape(E)).superRefine((value, ctx) => checkDecisionRules(value, ctx, E));

export type DecisionDetailsInput = z.input<typeof decisionDetailsSchema>;
export type DecisionDetails = z.output<typeof decisionDetailsSchema>;
