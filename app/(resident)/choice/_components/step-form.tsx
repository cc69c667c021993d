"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useMemo, useRef, type FormEvent } from "react";
import { useForm, type FieldValues, type Resolver } from "react-hook-form";

import { ErrorSummary } from "@/components/error-summary";
import { Button } from "@/components/form-fields";
import type { WhoFor } from "@/lib/choice/journey-answers";
import type { BrowserJourneyWords } from "@/lib/choice/journey-words";
import { STEP_REGISTRY, type StepSlug } from "@/lib/choice/steps/index";
import type { StepFieldData } from "@/lib/choice/steps/registry";
import type { JourneySlug } from "@/lib/content/choice";
import type { Locale } from "@/lib/i18n/locales";

import { RESEND_INTENT } from "../[journey]/[step]/_fields/confirm-email";
import { STEP_FIELDS } from "../[journey]/[step]/_fields/index";
import { saveStepAction, type StepFormState } from "../actions";

export type StepFormProps = {
  journey: JourneySlug;
  /** The page's language. */
  locale: Locale;
  step: StepSlug;
  isChange: boolean;
  whoFor: WhoFor;
  /** The page's heading: the question. */
  title: string;
  /** The document's title (the page's metadata has none); "Error: " goes before it while the page shows errors. */
  documentTitle: string;
  /** The page's words in its language (plain strings): the fields' labels and the schema's messages. */
  words: BrowserJourneyWords;
  /** The button's words. */
  submitLabel: string;
  /** Saved answers, as the fields show them. */
  defaults: Record<string, string>;
  /** Errors to show from the start (a form the server could not read, such as one too large). */
  initialErrors?: Record<string, string>;
  /** The step's fieldData. */
  data: StepFieldData;
};

// A plain form posting to a server action, so it works without JavaScript.
// With JavaScript, react-hook-form checks the answers first with the step's
// own schema, built from the same words in the page's language as the one the
// server parses with (lib/choice/save-step.ts), and only a valid form is sent.
// Everything particular to a question comes from its registry entry
// (lib/choice/steps/<slug>.ts) and its fields (../[journey]/[step]/_fields/<slug>.tsx).
export function StepForm(props: StepFormProps) {
  const { journey, locale, step, isChange, whoFor, title, defaults, words } = props;
  const definition = STEP_REGISTRY.get(step);
  const { Fields, AfterButton } = STEP_FIELDS[step];
  const initialState: StepFormState = { values: defaults, errors: props.initialErrors ?? {} };
  const [state, formAction, isPending] = useActionState(saveStepAction, initialState);
  const summaryRef = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => definition.schema({ whoFor, words }), [definition, whoFor, words]);
  const hasUploadedFile = Boolean(props.data.uploadedFileName);
  const form = useForm<FieldValues>({
    resolver: zodResolver(schema as never) as unknown as Resolver<FieldValues>,
    defaultValues: { ...defaults, hasUploadedFile },
    shouldFocusError: false,
  });
  const clientErrors: Record<string, string> = {};
  for (const [field, error] of Object.entries(form.formState.errors)) {
    if (error && typeof error.message === "string") clientErrors[field] = error.message;
  }
  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const errors = hasClientErrors ? clientErrors : state.errors;
  const summaryErrors = [
    ...(state.formError && !hasClientErrors ? [{ text: state.formError }] : []),
    ...Object.keys(definition.fieldIds)
      .filter((field) => errors[field])
      .map((field) => ({ text: errors[field]!, href: `#${definition.fieldIds[field]}` })),
  ];
  const hasErrors = summaryErrors.length > 0;

  useEffect(() => {
    // After a submission with JavaScript, move focus to the summary as NHS.UK's script does on page load.
    if (hasErrors) summaryRef.current?.focus();
  }, [state, form.formState.submitCount, hasErrors]);

  const send = (formElement: HTMLFormElement, submitter: HTMLElement | null) => {
    const formData = new FormData(formElement, submitter);
    // A file chosen and then "I will post a copy" selected is not sent: it could be too large to send at all.
    if (formData.get("evidenceMethod") !== "UPLOAD") formData.delete("evidenceFile");
    startTransition(() => formAction(formData));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const formElement = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter instanceof HTMLButtonElement && submitter.value === RESEND_INTENT) {
      // Asking for a new code checks nothing in the code box.
      event.preventDefault();
      form.clearErrors();
      send(formElement, submitter);
      return;
    }
    void form.handleSubmit(() => send(formElement, submitter))(event);
  };
  const fieldsProps = {
    journey,
    locale,
    words,
    title,
    whoFor,
    isChange,
    errors,
    values: state.values,
    register: (name: string) => form.register(name),
    data: props.data,
    notice: state.notice,
    isPending,
  };

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate encType={definition.isMultipart ? "multipart/form-data" : undefined}>
      {/* The page's only title (its metadata has none): "Error: " first while it shows errors (WCAG 3.3.1). */}
      <title>{`${hasErrors ? words.ERROR_MESSAGE_PREFIX : ""}${props.documentTitle}`}</title>
      {hasErrors ? <ErrorSummary heading={words.COMMON.errorSummaryHeading} errors={summaryErrors} ref={summaryRef} /> : null}
      <input type="hidden" name="journey" value={journey} />
      <input type="hidden" name="step" value={step} />
      {isChange ? <input type="hidden" name="change" value="1" /> : null}
      <Fields {...fieldsProps} />
      <Button isDisabled={isPending}>{props.submitLabel}</Button>
      {AfterButton ? <AfterButton {...fieldsProps} /> : null}
    </form>
  );
}
