import { z } from "zod";

import * as English from "../content/choice";
import { DECISION_ERRORS } from "../content/decision-errors";
import { NHS_NUMBER_ERRORS } from "../content/nhs-number-errors";
import type { Localised } from "../i18n/localised";
import { isUnderChildAgeLimit } from "../choice/journey-answers";
import { toAsciiDigits, withAsciiDigits } from "./ascii-digits";
import { CHOICES, DECISION_MAKERS, isoDateSchema, nhsNumberSchemaIn, optional, postcodeSchemaWith, type NhsNumberErrorMessages } from "./decision";
import { CHILD_AGE_LIMIT, EVIDENCE_MAX_BYTES, NAME_MAX, PROXY_NAME_MAX, RELATIONSHIP_MAX } from "./limits";

// The online journeys' step forms. Each uses the register's own field rules
// (lib/validation/decision.ts), with its messages in the page's language: the
// server page passes the words (plain strings) to the browser, which builds the
// same schema with react-hook-form, and the server action parses it again.

/** Every message the journeys' step forms give, in one language: plain strings, so they can go to the browser. */
export type ChoiceSchemaWords = {
  WHO_FOR: { errors: Localised<typeof English.WHO_FOR.errors> };
  ABOUT_YOU: { errors: Localised<typeof English.ABOUT_YOU.errors> };
  NAME: { errors: Localised<typeof English.NAME.errors> };
  DATE_OF_BIRTH: { errors: Localised<typeof English.DATE_OF_BIRTH.errors> };
  POSTCODE: { errors: Localised<typeof English.POSTCODE.errors> };
  GP_PRACTICE: { errors: Localised<typeof English.GP_PRACTICE.errors> };
  EVIDENCE: { errors: Localised<typeof English.EVIDENCE.errors> };
  DECISION: { errors: Localised<typeof English.DECISION.errors> };
  EMAIL: { errors: Localised<typeof English.EMAIL.errors> };
  CONFIRM_EMAIL: { errors: Localised<typeof English.CONFIRM_EMAIL.errors> };
  DECISION_ERRORS: Pick<Localised<typeof DECISION_ERRORS>, "postcode">;
  NHS_NUMBER_ERRORS: NhsNumberErrorMessages;
};

/** The English messages: staff keying, the tests, and the default. */
export const ENGLISH_SCHEMA_WORDS: ChoiceSchemaWords = { ...English, DECISION_ERRORS, NHS_NUMBER_ERRORS };

export { CHILD_AGE_LIMIT, EVIDENCE_MAX_BYTES, NAME_MAX, PROXY_NAME_MAX, RELATIONSHIP_MAX };
export const EMAIL_MAX = 254;
export const POSTCODE_MAX = 8;
export const CODE_LENGTH = 6;

// Letters in any script (names like Zoë, Nguyễn, Мария or 王芳 are accepted),
// combining marks, spaces, hyphens, apostrophes and full stops. Anything else,
// such as "<script>", gets a clear message.
const NAME_CHARACTERS = /^[\p{L}\p{M}][\p{L}\p{M}\s'’.-]*$/u;

function nameField(messages: { required: string; tooLong: string; characters: string }, max: number) {
  return z
    .string(messages.required)
    .trim()
    .min(1, messages.required)
    .max(max, messages.tooLong)
    .refine((value) => NAME_CHARACTERS.test(value), messages.characters)
    .transform((value) => value.replace(/\s+/g, " "));
}

export function whoForStepSchemaIn(W: ChoiceSchemaWords) {
  return z.object({ madeBy: z.enum(DECISION_MAKERS, W.WHO_FOR.errors.required) });
}

export function aboutYouStepSchemaIn(W: ChoiceSchemaWords) {
  const E = W.ABOUT_YOU.errors;
  return z.object({
    proxyName: nameField({ required: E.proxyNameRequired, tooLong: E.proxyNameTooLong, characters: E.proxyNameCharacters }, PROXY_NAME_MAX),
    proxyRelationship: nameField({ required: E.relationshipRequired, tooLong: E.relationshipTooLong, characters: E.relationshipCharacters }, RELATIONSHIP_MAX),
  });
}

export function nameStepSchemaIn(W: ChoiceSchemaWords) {
  const E = W.NAME.errors;
  return z.object({
    givenName: nameField({ required: E.givenNameRequired, tooLong: E.givenNameTooLong, characters: E.givenNameCharacters }, NAME_MAX),
    familyName: nameField({ required: E.familyNameRequired, tooLong: E.familyNameTooLong, characters: E.familyNameCharacters }, NAME_MAX),
  });
}

// No length limit on the boxes: "March" or a five-digit year must get its own
// message, not fail silently on a limit no message names. Digits of any script
// (১৯৭০ on a Bengali keyboard) are read as 0–9.
const dateText = z.string().trim().transform(toAsciiDigits).default("");

/** The NHS.UK date input's three boxes, checked in the order the service manual asks for; every problem has its own message. */
export function dateOfBirthStepSchemaIn(W: ChoiceSchemaWords, options: { isChild: boolean; today?: Date }) {
  const E = W.DATE_OF_BIRTH.errors;
  return z
    .object({ dobDay: dateText, dobMonth: dateText, dobYear: dateText })
    .transform((value, ctx) => {
      const issue = (message: string) => {
        ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message });
        return z.NEVER;
      };
      const { dobDay: day, dobMonth: month, dobYear: year } = value;
      if (!day && !month && !year) return issue(E.required);
      if (!day) return issue(E.missingDay);
      if (!month) return issue(E.missingMonth);
      if (!year) return issue(E.missingYear);
      if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month)) return issue(E.invalid);
      if (!/^\d{4}$/.test(year)) return issue(E.yearFourDigits);
      const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
      if (!isoDateSchema.safeParse(iso).success) return issue(E.invalid);
      const today = options.today ?? new Date();
      if (iso > today.toISOString().slice(0, 10)) return issue(E.future);
      if (iso < "1900-01-01") return issue(E.tooOld);
      if (options.isChild && !isUnderChildAgeLimit(iso, today)) return issue(E.childTooOld);
      return { dateOfBirth: iso };
    });
}

export function nhsNumberStepSchemaIn(W: ChoiceSchemaWords) {
  // Digits of any script (৯৯৯ on a Bengali keyboard) are read as 0–9, so the register stores ASCII digits.
  return z.object({ nhsNumber: optional(withAsciiDigits(nhsNumberSchemaIn(W.NHS_NUMBER_ERRORS))) });
}

export function postcodeStepSchemaIn(W: ChoiceSchemaWords) {
  const E = W.POSTCODE.errors;
  return z.object({
    postcode: z
      .string(E.required)
      .trim()
      .min(1, E.required)
      .max(POSTCODE_MAX + 2, E.tooLong)
      .transform(toAsciiDigits)
      .pipe(postcodeSchemaWith(W.DECISION_ERRORS.postcode.invalid)),
  });
}

export function gpPracticeStepSchemaIn(W: ChoiceSchemaWords) {
  const unknown = W.GP_PRACTICE.errors.unknown;
  return z.object({
    gpPracticeOds: z
      .string()
      .trim()
      .max(10, unknown)
      .transform((value) => (value === "" ? undefined : value))
      .pipe(z.string().regex(/^[A-Z]\d{5}$|^[A-Z0-9]{3,6}$/, unknown).optional()),
  });
}

export const EVIDENCE_METHODS = ["UPLOAD", "POST"] as const;

/** A browser's FileList (with JavaScript) or the File a server action receives; nothing chosen is an empty File. */
function firstFile(value: unknown): File | undefined {
  if (typeof FileList !== "undefined" && value instanceof FileList) return value.item(0) ?? undefined;
  if (typeof File !== "undefined" && value instanceof File) return value.size > 0 || value.name ? value : undefined;
  return undefined;
}

export function evidenceStepSchemaIn(W: ChoiceSchemaWords) {
  const E = W.EVIDENCE.errors;
  return z
    .object({
      evidenceMethod: z.enum(EVIDENCE_METHODS, E.methodRequired),
      evidenceFile: z.unknown().optional().transform(firstFile),
      /** The server says a file was uploaded before, so choosing another is optional. */
      hasUploadedFile: z
        .unknown()
        .transform((value) => value === true || value === "true")
        .optional(),
    })
    .superRefine((value, ctx) => {
      if (value.evidenceMethod !== "UPLOAD") return;
      const file = value.evidenceFile;
      if (!file || file.size === 0) {
        if (!value.hasUploadedFile) ctx.addIssue({ code: "custom", path: ["evidenceFile"], message: E.fileRequired });
        return;
      }
      if (file.size > EVIDENCE_MAX_BYTES) ctx.addIssue({ code: "custom", path: ["evidenceFile"], message: E.fileTooBig });
    });
}

export function decisionStepSchemaIn(W: ChoiceSchemaWords) {
  return z.object({ choice: z.enum(CHOICES, W.DECISION.errors.required) });
}

export function emailStepSchemaIn(W: ChoiceSchemaWords) {
  const E = W.EMAIL.errors;
  return z.object({
    email: z
      .string(E.required)
      .trim()
      .min(1, E.required)
      .max(EMAIL_MAX, E.tooLong)
      .toLowerCase()
      .pipe(z.email(E.invalid)),
  });
}

export function codeStepSchemaIn(W: ChoiceSchemaWords) {
  const E = W.CONFIRM_EMAIL.errors;
  return z.object({
    code: z
      .string(E.required)
      .transform((value) => toAsciiDigits(value).replace(/[\s-]/g, ""))
      .refine((value) => value.length > 0, E.required)
      .refine((value) => new RegExp(`^\\d{${CODE_LENGTH}}$`).test(value), E.format),
  });
}

// In English, for staff keying and the tests.
const EN = ENGLISH_SCHEMA_WORDS;
export const whoForStepSchema = whoForStepSchemaIn(EN);
export const aboutYouStepSchema = aboutYouStepSchemaIn(EN);
export const nameStepSchema = nameStepSchemaIn(EN);
export const dateOfBirthStepSchema = (options: { isChild: boolean; today?: Date }) => dateOfBirthStepSchemaIn(EN, options);
export const nhsNumberStepSchema = nhsNumberStepSchemaIn(EN);
export const postcodeStepSchema = postcodeStepSchemaIn(EN);
export const gpPracticeStepSchema = gpPracticeStepSchemaIn(EN);
export const evidenceStepSchema = evidenceStepSchemaIn(EN);
export const decisionStepSchema = decisionStepSchemaIn(EN);
export const emailStepSchema = emailStepSchemaIn(EN);
export const codeStepSchema = codeStepSchemaIn(EN);

/** Field errors from a failed parse: the first message for each field. */
export function firstFieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}
