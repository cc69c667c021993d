import { z } from "zod";

import { CALLBACK_FORM } from "../content/contact";
import type { Localised } from "../i18n/localised";
import { withAsciiDigits } from "./ascii-digits";
import { hasNoHiddenCharacters } from "./decision";

// The request-a-call-back form on the contact page. The server action parses
// the submitted form with this schema, its messages in the page's language;
// the domain function parses it again.

type CallbackErrors = Localised<typeof CALLBACK_FORM.errors>;

export const CALLBACK_NAME_MAX = 200;
export const CALLBACK_PHONE_MAX = 40;
export const CALLBACK_MESSAGE_MAX = 2000;
export const PREFERRED_TIMES = CALLBACK_FORM.preferredTime.options.map((option) => option.value) as [string, ...string[]];

/**
 * A UK phone number: 10 or 11 digits starting with 0, or the same after +44.
 * Spaces, dashes, dots and brackets are allowed as people write them.
 */
export function normaliseUkPhoneNumber(input: string): string | undefined {
  const compact = input.replace(/[\s\-.()]/g, "");
  const national = compact.replace(/^(?:\+44|0044)0?/, "0");
  return /^0\d{9,10}$/.test(national) ? national : undefined;
}

/** The schema with its messages in one language (the form's own words: CALLBACK_FORM.errors). */
export function callbackRequestSchemaIn(E: CallbackErrors) {
  return z.object({
    name: z.string().trim().min(1, E.name.required).max(CALLBACK_NAME_MAX, E.name.tooLong).refine(hasNoHiddenCharacters, E.name.hiddenCharacters),
    // Kept as the resident wrote it (spaces tidied, digits of any script as 0–9), which is easiest for the team to read back.
    phone: withAsciiDigits(
      z
        .string()
        .trim()
        .min(1, E.phone.required)
        .max(CALLBACK_PHONE_MAX, E.phone.invalid)
        .refine((value) => normaliseUkPhoneNumber(value) !== undefined, E.phone.invalid)
        .transform((value) => value.replace(/\s+/g, " ")),
    ),
    preferredTime: z.enum(PREFERRED_TIMES, E.preferredTime.required),
    message: z
      .string()
      .trim()
      .max(CALLBACK_MESSAGE_MAX, E.message.tooLong)
      // Line breaks and tabs belong in a message; other control characters (NUL...) and broken characters do not.
      .refine((value) => hasNoHiddenCharacters(value.replace(/[\t\r\n]/g, " ")), E.message.hiddenCharacters)
      .transform((value) => (value === "" ? null : value))
      .nullable()
      .default(null),
  });
}

/** In English, for the domain function and the tests. */
export const callbackRequestSchema = callbackRequestSchemaIn(CALLBACK_FORM.errors);

export type CallbackRequestInput = z.input<typeof callbackRequestSchema>;
export type CallbackRequestDetails = z.output<typeof callbackRequestSchema>;

export const CALLBACK_FIELDS = ["name", "phone", "preferredTime", "message"] as const;
export type CallbackField = (typeof CALLBACK_FIELDS)[number];

/** The form's fields as submitted, as strings (missing fields are empty). */
export function readCallbackForm(formData: FormData): Record<CallbackField, string> {
  const read = (name: CallbackField) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return { name: read("name"), phone: read("phone"), preferredTime: read("preferredTime"), message: read("message") };
}

/** Field errors in form order, the first message for each field. */
export function callbackFieldErrors(error: z.ZodError): Partial<Record<CallbackField, string>> {
  const errors: Partial<Record<CallbackField, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as CallbackField;
    if (CALLBACK_FIELDS.includes(field) && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}
