import { z } from "zod";

import { ABOUT_YOU, CONFIRM_EMAIL, DATE_OF_BIRTH, DECISION, EMAIL, EVIDENCE, GP_PRACTICE, NAME, POSTCODE, WHO_FOR } from "../content/choice";
import { isUnderChildAgeLimit } from "../choice/journey-answers";
import { CHOICES, DECISION_MAKERS, decisionDetailsSchema, isoDateSchema, postcodeSchema } from "./decision";
import { CHILD_AGE_LIMIT, EVIDENCE_MAX_BYTES, NAME_MAX, PROXY_NAME_MAX, RELATIONSHIP_MAX } from "./limits";

// The online journeys' step forms. Each derives from the register's own
// decision schema (one schema, both sides): the client validates with these
// through react-hook-form, and the server action parses them again.

// .pick() refuses an object with refinements, so pick from its plain shape.
const decisionFields = z.object(decisionDetailsSchema.shape);

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

export const whoForStepSchema = decisionFields.pick({ madeBy: true }).extend({
  madeBy: z.enum(DECISION_MAKERS, WHO_FOR.errors.required),
});

export const aboutYouStepSchema = decisionFields.pick({ proxyName: true, proxyRelationship: true }).extend({
  proxyName: nameField(
    { required: ABOUT_YOU.errors.proxyNameRequired, tooLong: ABOUT_YOU.errors.proxyNameTooLong, characters: ABOUT_YOU.errors.proxyNameCharacters },
    PROXY_NAME_MAX,
  ),
  proxyRelationship: nameField(
    { required: ABOUT_YOU.errors.relationshipRequired, tooLong: ABOUT_YOU.errors.relationshipTooLong, characters: ABOUT_YOU.errors.relationshipCharacters },
    RELATIONSHIP_MAX,
  ),
});

export const nameStepSchema = decisionFields.pick({ givenName: true, familyName: true }).extend({
  givenName: nameField(
    { required: NAME.errors.givenNameRequired, tooLong: NAME.errors.givenNameTooLong, characters: NAME.errors.givenNameCharacters },
    NAME_MAX,
  ),
  familyName: nameField(
    { required: NAME.errors.familyNameRequired, tooLong: NAME.errors.familyNameTooLong, characters: NAME.errors.familyNameCharacters },
    NAME_MAX,
  ),
});

// No length limit on the boxes: "March" or a five-digit year must get its own
// message, not fail silently on a limit no message names.
const dateText = z.string().trim().default("");

/** The NHS.UK date input's three boxes, checked in the order the service manual asks for; every problem has its own message. */
export function dateOfBirthStepSchema(options: { isChild: boolean; today?: Date }) {
  return z
    .object({ dobDay: dateText, dobMonth: dateText, dobYear: dateText })
    .transform((value, ctx) => {
      const issue = (message: string) => {
        ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message });
        return z.NEVER;
      };
      const { dobDay: day, dobMonth: month, dobYear: year } = value;
      if (!day && !month && !year) return issue(DATE_OF_BIRTH.errors.required);
      if (!day) return issue(DATE_OF_BIRTH.errors.missingDay);
      if (!month) return issue(DATE_OF_BIRTH.errors.missingMonth);
      if (!year) return issue(DATE_OF_BIRTH.errors.missingYear);
      if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month)) return issue(DATE_OF_BIRTH.errors.invalid);
      if (!/^\d{4}$/.test(year)) return issue(DATE_OF_BIRTH.errors.yearFourDigits);
      const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
      if (!isoDateSchema.safeParse(iso).success) return issue(DATE_OF_BIRTH.errors.invalid);
      const today = options.today ?? new Date();
      if (iso > today.toISOString().slice(0, 10)) return issue(DATE_OF_BIRTH.errors.future);
      if (iso < "1900-01-01") return issue(DATE_OF_BIRTH.errors.tooOld);
      if (options.isChild && !isUnderChildAgeLimit(iso, today)) return issue(DATE_OF_BIRTH.errors.childTooOld);
      return { dateOfBirth: iso };
    });
}

export const nhsNumberStepSchema = decisionFields.pick({ nhsNumber: true });

export const postcodeStepSchema = z.object({
  postcode: z
    .string(POSTCODE.errors.required)
    .trim()
    .min(1, POSTCODE.errors.required)
    .max(POSTCODE_MAX + 2, POSTCODE.errors.tooLong)
    .pipe(postcodeSchema),
});

export const gpPracticeStepSchema = z.object({
  gpPracticeOds: z
    .string()
    .trim()
    .max(10, GP_PRACTICE.errors.unknown)
    .transform((value) => (value === "" ? undefined : value))
    .pipe(z.string().regex(/^[A-Z]\d{5}$|^[A-Z0-9]{3,6}$/, GP_PRACTICE.errors.unknown).optional()),
});

export const EVIDENCE_METHODS = ["UPLOAD", "POST"] as const;

/** A browser's FileList (with JavaScript) or the File a server action receives; nothing chosen is an empty File. */
function firstFile(value: unknown): File | undefined {
  if (typeof FileList !== "undefined" && value instanceof FileList) return value.item(0) ?? undefined;
  if (typeof File !== "undefined" && value instanceof File) return value.size > 0 || value.name ? value : undefined;
  return undefined;
}

export const evidenceStepSchema = z
  .object({
    evidenceMethod: z.enum(EVIDENCE_METHODS, EVIDENCE.errors.methodRequired),
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
      if (!value.hasUploadedFile) ctx.addIssue({ code: "custom", path: ["evidenceFile"], message: EVIDENCE.errors.fileRequired });
      return;
    }
    if (file.size > EVIDENCE_MAX_BYTES) ctx.addIssue({ code: "custom", path: ["evidenceFile"], message: EVIDENCE.errors.fileTooBig });
  });

export const decisionStepSchema = decisionFields.pick({ choice: true }).extend({
  choice: z.enum(CHOICES, DECISION.errors.required),
});

export const emailStepSchema = z.object({
  email: z
    .string(EMAIL.errors.required)
    .trim()
    .min(1, EMAIL.errors.required)
    .max(EMAIL_MAX, EMAIL.errors.tooLong)
    .toLowerCase()
    .pipe(z.email(EMAIL.errors.invalid)),
});

export const codeStepSchema = z.object({
  code: z
    .string(CONFIRM_EMAIL.errors.required)
    .transform((value) => value.replace(/[\s-]/g, ""))
    .refine((value) => value.length > 0, CONFIRM_EMAIL.errors.required)
    .refine((value) => new RegExp(`^\\d{${CODE_LENGTH}}$`).test(value), CONFIRM_EMAIL.errors.format),
});

/** Field errors from a failed parse: the first message for each field. */
export function firstFieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}
