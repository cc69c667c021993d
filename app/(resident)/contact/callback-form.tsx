"use client";

import { useActionState, useEffect, useRef } from "react";

import { ErrorSummary } from "@/components/error-summary";
import { Button, Radios, Textarea, TextInput } from "@/components/form-fields";
import type { CALLBACK_FORM as EnglishForm } from "@/lib/content/contact";
import type { Localised } from "@/lib/i18n/localised";
import type { CallbackField } from "@/lib/validation/contact";

import { requestCallbackAction, type CallbackFormState } from "./actions";

const INITIAL_STATE: CallbackFormState = { values: { name: "", phone: "", preferredTime: "", message: "" }, errors: {} };

/** Where each field's error in the summary links to: the field itself (the first radio for radios). */
const FIELD_IDS: Record<CallbackField, string> = {
  name: "callback-name",
  phone: "callback-phone",
  preferredTime: "callback-preferred-time",
  message: "callback-message",
};

// A plain form posting to a server action: without JavaScript the browser
// submits it and the page comes back with errors or the confirmation; with
// JavaScript, useActionState does the same without a full reload.
export function CallbackForm({ form: CALLBACK_FORM }: { form: Localised<typeof EnglishForm> }) {
  const [state, formAction, isPending] = useActionState(requestCallbackAction, INITIAL_STATE);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fieldErrors = (Object.keys(FIELD_IDS) as CallbackField[])
    .filter((field) => state.errors[field])
    .map((field) => ({ text: state.errors[field]!, href: `#${FIELD_IDS[field]}` }));
  const summaryErrors = state.formError ? [{ text: state.formError }, ...fieldErrors] : fieldErrors;

  useEffect(() => {
    // After a submission with JavaScript, move focus to the summary as NHS.UK's script does on page load.
    if (summaryErrors.length > 0) summaryRef.current?.focus();
  }, [state, summaryErrors.length]);

  // A new key per answer re-creates the uncontrolled fields with the values just submitted.
  const key = JSON.stringify(state.values);

  return (
    <form action={formAction} noValidate key={key}>
      {summaryErrors.length > 0 ? (
        <ErrorSummary heading={CALLBACK_FORM.errorSummaryHeading} errors={summaryErrors} ref={summaryRef} />
      ) : null}
      <TextInput
        id={FIELD_IDS.name}
        name="name"
        label={CALLBACK_FORM.name.label}
        error={state.errors.name}
        defaultValue={state.values.name}
        autoComplete="name"
        spellCheck={false}
        widthClass="nhsuk-u-width-two-thirds"
      />
      <TextInput
        id={FIELD_IDS.phone}
        name="phone"
        type="tel"
        label={CALLBACK_FORM.phone.label}
        hint={CALLBACK_FORM.phone.hint}
        error={state.errors.phone}
        defaultValue={state.values.phone}
        autoComplete="tel"
        widthClass="nhsuk-u-width-one-half"
      />
      <Radios
        idPrefix={FIELD_IDS.preferredTime}
        name="preferredTime"
        legend={CALLBACK_FORM.preferredTime.legend}
        options={CALLBACK_FORM.preferredTime.options}
        error={state.errors.preferredTime}
        defaultValue={state.values.preferredTime}
      />
      <Textarea
        id={FIELD_IDS.message}
        name="message"
        label={CALLBACK_FORM.message.label}
        hint={CALLBACK_FORM.message.hint}
        error={state.errors.message}
        defaultValue={state.values.message}
      />
      <Button isDisabled={isPending}>{CALLBACK_FORM.submit}</Button>
    </form>
  );
}
