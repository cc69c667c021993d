"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { clientAddressFrom, consumeCallbackAllowance } from "@/lib/callback/callback-rate-limit";
import { requestCallback } from "@/lib/callback/request-callback";
import { ROUTES } from "@/lib/content/routes";
import { localiseHref } from "@/lib/i18n/paths";
import { getResidentContent } from "@/lib/i18n/server";
import {
  callbackFieldErrors,
  callbackRequestSchemaIn,
  readCallbackForm,
  type CallbackField,
} from "@/lib/validation/contact";

export type CallbackFormState = {
  values: Record<CallbackField, string>;
  errors: Partial<Record<CallbackField, string>>;
  /** A problem with the request as a whole, not one field. */
  formError?: string;
};

/** Saves a call-back request and queues the team's email; answers with errors, or redirects to the confirmation page. */
export async function requestCallbackAction(_previous: CallbackFormState, formData: FormData): Promise<CallbackFormState> {
  const values = readCallbackForm(formData);
  // The messages in the language of the page the form was on.
  const { locale, content } = await getResidentContent();
  const { CALLBACK_FORM } = content.contact;
  const parsed = callbackRequestSchemaIn(CALLBACK_FORM.errors).safeParse(values);
  if (!parsed.success) return { values, errors: callbackFieldErrors(parsed.error) };

  if (!(await consumeCallbackAllowance(clientAddressFrom(await headers())))) {
    return { values, errors: {}, formError: CALLBACK_FORM.errors.tooManyRequests };
  }
  try {
    // The page's language, from its address, never a form field: the team rings back in it.
    await requestCallback(parsed.data, { locale });
  } catch (error) {
    console.error("Could not save a call-back request", error);
    return { values, errors: {}, formError: CALLBACK_FORM.errors.notSaved };
  }
  // Outside the try: redirect() works by throwing.
  redirect(localiseHref(locale, ROUTES.callbackRequested));
}
