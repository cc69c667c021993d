import { z } from "zod";
import { KEYED_DECISION_ERRORS as K } from "../content/decision-errors";
import { DEFAULT_LOCALE, LANGUAGES } from "../i18n/locales";
import type { Locale } from "../i18n/locales";
import { formatReferenceNumber, isValidReferenceNumber, REFERENCE_ALPHABET, REFERENCE_LENGTH } from "../consent/reference-number";
import { calendarDateSchema, checkDecisionRules, decisionDetailsShape, hasNoHiddenCharacters, isRealIsoDate } from "./decision";

// Staff keying a paper form or a phone call: the register's decision fields and
// rules (lib/validation/decision.ts, every rule it checks) in staff words, plus
// what only paper and phone have. One schema for the form and the server.
//
// Every problem is found in one pass: the rules across fields run even when
// other fields are wrong (zod's `when`), checking only the fields that are
// themselves valid, so a keyer sees every error at once, each naming its field.

export const KEYED_CHANNELS = ["PAPER", "PHONE"] as const;
export const FORM_REFERENCE_MAX = 50;

export const keyedDecisionSchema = z
  .object({
    ...decisionDetailsShape(K),
    // The form asks for a date (decidedOn); left empty it is asked for, not called "not a real date".
    decidedAt: z
      .union([z.date(), z.iso.datetime({ offset: true }).transform((value) => new Date(value))], {
        error: (issue) => (issue.input === "" || issue.input === undefined ? K.decidedOn.required : K.decidedAt.invalid),
      })
      .refine((d) => !Number.isNaN(d.getTime()), K.decidedAt.invalid),
    channel: z.enum(KEYED_CHANNELS, K.channel.required),
    receivedOn: calendarDateSchema(K.receivedOn.invalid, K.receivedOn.required),
    formReference: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z
        .string()
        .trim()
        .toUpperCase()
        .max(FORM_REFERENCE_MAX, K.formReference.tooLong)
        .refine(hasNoHiddenCharacters, K.formReference.hiddenCharacters)
        .transform((value, ctx) => {
          const printed = readPrintedFormReference(value);
          if (printed === "mistyped") {
            ctx.addIssue({ code: "custom", message: K.formReference.mistyped });
            return z.NEVER;
          }
          return printed ?? value;
        })
        .optional(),
    ),
    isSigned: z.enum(["yes", "no"], K.isSigned.required).optional(),
    // The language the paper form is printed in (or the call was made in): any published locale. The form
    // starts at English, so left unanswered it is English; a value that is not a locale is refused.
    language: z.preprocess((v) => (v === undefined || v === "" ? DEFAULT_LOCALE : v), z.enum(LANGUAGES as [Locale, ...Locale[]], K.language.unknown)),
  })
  .superRefine(
    (value, ctx) => {
      checkDecisionRules(value, ctx, K);
      const receivedOn = typeof value.receivedOn === "string" && isRealIsoDate(value.receivedOn) ? value.receivedOn : undefined;
      const today = new Date().toISOString().slice(0, 10);
      if (receivedOn && receivedOn > today) ctx.addIssue({ code: "custom", path: ["receivedOn"], message: K.receivedOn.future });
      const decidedAt = value.decidedAt instanceof Date && !Number.isNaN(value.decidedAt.getTime()) ? value.decidedAt : undefined;
      if (decidedAt && receivedOn && decidedAt.toISOString().slice(0, 10) > receivedOn) {
        ctx.addIssue({ code: "custom", path: ["decidedAt"], message: K.decidedOn.afterReceived });
      }
      if (value.channel === "PAPER" && !value.formReference) ctx.addIssue({ code: "custom", path: ["formReference"], message: K.formReference.required });
      if (value.channel === "PAPER" && !value.isSigned) ctx.addIssue({ code: "custom", path: ["isSigned"], message: K.isSigned.required });
    },
    // Run even when some fields failed their own checks: all errors in one pass.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

const PRINTED_REFERENCE = new RegExp(`^(?:PF)?[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`);

/**
 * A reference printed on our paper form ("PF-ABC-DEF-GHJ") may be typed as its nine characters, with or
 * without "PF" and the hyphens: it is stored as printed, and its check character catches a mistyped one.
 * Anything else (another scan or form reference) is kept as typed; null says so.
 */
export function readPrintedFormReference(value: string): string | "mistyped" | null {
  const compact = value.toUpperCase().replace(/[\s-]/g, "");
  if (!PRINTED_REFERENCE.test(compact)) return null;
  const reference = compact.slice(-REFERENCE_LENGTH);
  return isValidReferenceNumber(reference) ? `PF-${formatReferenceNumber(reference)}` : "mistyped";
}

export type KeyedDecisionInput = z.input<typeof keyedDecisionSchema>;
export type KeyedDecision = z.output<typeof keyedDecisionSchema>;

export const KEYED_FORM_FIELDS = [
  "channel", "nhsNumber", "givenName", "familyName", "dateOfBirth", "postcode", "gpPracticeOds", "choice", "madeBy",
  "proxyName", "proxyRelationship", "contactEmail", "decidedOn", "receivedOn", "formReference", "isSigned", "language", "confirmDuplicate",
] as const;
export type KeyedFormField = (typeof KEYED_FORM_FIELDS)[number];

/**
 * "27/03/1980", "27 3 1980", "27031980" or "1980-03-27" to "1980-03-27"; anything else unchanged, for the
 * schema to reject. With `twoDigitYear` (dates of this century only: when a form was received or a
 * decision made), "27/03/26" and "270326" mean 2026 too: a keyer types six digits, not ten characters.
 */
export function normaliseDateInput(value: string, options: { twoDigitYear?: boolean } = {}): string {
  const trimmed = value.trim();
  const dmy = /^(\d{1,2})[/\s.-](\d{1,2})[/\s.-](\d{4})$/.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}`;
  if (options.twoDigitYear) {
    const short = /^(\d{1,2})[/\s.-](\d{1,2})[/\s.-](\d{2})$/.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{2})$/.exec(trimmed);
    if (short) return `20${short[3]}-${short[2]!.padStart(2, "0")}-${short[1]!.padStart(2, "0")}`;
  }
  return trimmed;
}

/**
 * The form's strings as the schema's input. A decision keyed from paper or a
 * call is dated midday UK time on the day it was made (the form has no time).
 */
export function readKeyedDecisionForm(form: Record<KeyedFormField, string>): KeyedDecisionInput {
  const decidedOn = normaliseDateInput(form.decidedOn, { twoDigitYear: true });
  // A real date becomes midday that day; anything else stays as typed for the schema to refuse.
  const decidedAt = isRealIsoDate(decidedOn) ? `${decidedOn}T12:00:00.000Z` : decidedOn;
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
    receivedOn: normaliseDateInput(form.receivedOn, { twoDigitYear: true }),
    formReference: form.formReference,
    isSigned: (form.isSigned || undefined) as KeyedDecisionInput["isSigned"],
    language: form.language,
  };
}

/** Schema paths to form field names (the form asks for a date, the schema holds an instant). */
export function keyedFieldFor(path: string): KeyedFormField {
  return path === "decidedAt" ? "decidedOn" : (path as KeyedFormField);
}
