"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useMemo, useRef, type FormEvent, type ReactNode } from "react";
import { useForm, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";

import { DateInput } from "@/components/date-input";
import { Details } from "@/components/details";
import { ErrorSummary } from "@/components/error-summary";
import { FileUpload } from "@/components/file-upload";
import { Button, Radios, TextInput } from "@/components/form-fields";
import { Select } from "@/components/select";
import type { StepSlug } from "@/lib/choice/steps";
import {
  ABOUT_YOU,
  COMMON,
  CONFIRM_EMAIL,
  DATE_OF_BIRTH,
  DECISION,
  EMAIL,
  EVIDENCE,
  GP_PRACTICE,
  NAME,
  NHS_NUMBER,
  POSTCODE,
  RETURN_ADDRESS,
  WHO_FOR,
  type JourneySlug,
} from "@/lib/content/choice";
import {
  aboutYouStepSchema,
  codeStepSchema,
  dateOfBirthStepSchema,
  decisionStepSchema,
  emailStepSchema,
  evidenceStepSchema,
  gpPracticeStepSchema,
  nameStepSchema,
  nhsNumberStepSchema,
  postcodeStepSchema,
  whoForStepSchema,
} from "@/lib/validation/choice";

import { saveStepAction, type StepFormState } from "../actions";

export type StepFormProps = {
  journey: JourneySlug;
  step: StepSlug;
  isChange: boolean;
  /** The page's heading: the question. */
  title: string;
  /** Saved answers, as the fields show them. */
  defaults: Record<string, string>;
  isChild?: boolean;
  /** The resident answers about themselves (browsers may fill in their own details). */
  isSelf?: boolean;
  practices?: readonly { value: string; label: string }[];
  uploadedFileName?: string | null;
  submitLabel?: string;
  children?: ReactNode;
};

/** Where each field's error in the summary links to. */
const FIELD_IDS: Record<string, string> = {
  madeBy: "madeBy",
  proxyName: "proxyName",
  proxyRelationship: "proxyRelationship",
  givenName: "givenName",
  familyName: "familyName",
  dateOfBirth: "dateOfBirth-day",
  nhsNumber: "nhsNumber",
  postcode: "postcode",
  gpPracticeOds: "gpPracticeOds",
  evidenceMethod: "evidenceMethod",
  evidenceFile: "evidenceFile",
  choice: "choice",
  email: "email",
  code: "code",
};

function schemaFor(step: StepSlug, isChild: boolean): z.ZodType | undefined {
  switch (step) {
    case "who-for": return whoForStepSchema;
    case "about-you": return aboutYouStepSchema;
    case "name": return nameStepSchema;
    case "date-of-birth": return dateOfBirthStepSchema({ isChild });
    case "nhs-number": return nhsNumberStepSchema;
    case "postcode": return postcodeStepSchema;
    case "gp-practice": return gpPracticeStepSchema;
    case "evidence": return evidenceStepSchema;
    case "decision": return decisionStepSchema;
    case "email": return emailStepSchema;
    case "confirm-email": return codeStepSchema;
    default: return undefined;
  }
}

// A plain form posting to a server action, so it works without JavaScript.
// With JavaScript, react-hook-form checks the answers first with the same zod
// schema the server uses, and only a valid form is sent.
export function StepForm(props: StepFormProps) {
  const { journey, step, isChange, title, defaults } = props;
  const initialState: StepFormState = { values: defaults, errors: {} };
  const [state, formAction, isPending] = useActionState(saveStepAction, initialState);
  const summaryRef = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => schemaFor(step, Boolean(props.isChild)), [step, props.isChild]);
  const form = useForm<FieldValues>({
    resolver: schema ? (zodResolver(schema as never) as unknown as Resolver<FieldValues>) : undefined,
    defaultValues: { ...defaults, hasUploadedFile: Boolean(props.uploadedFileName) },
    shouldFocusError: false,
  });
  const clientErrors: Record<string, string> = {};
  for (const [field, error] of Object.entries(form.formState.errors)) {
    if (error && typeof error.message === "string") clientErrors[field] = error.message;
  }
  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const errors = hasClientErrors ? clientErrors : state.errors;
  const values = state.values;
  const summaryErrors = [
    ...(state.formError && !hasClientErrors ? [{ text: state.formError }] : []),
    ...Object.keys(FIELD_IDS)
      .filter((field) => errors[field])
      .map((field) => ({ text: errors[field]!, href: `#${FIELD_IDS[field]}` })),
  ];

  useEffect(() => {
    // After a submission with JavaScript, move focus to the summary as NHS.UK's script does on page load.
    if (summaryErrors.length > 0) summaryRef.current?.focus();
  }, [state, form.formState.submitCount, summaryErrors.length]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const formElement = event.currentTarget;
    void form.handleSubmit(() => {
      startTransition(() => formAction(new FormData(formElement)));
    })(event);
  };
  const register = (name: string) => form.register(name);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate encType={step === "evidence" ? "multipart/form-data" : undefined}>
      {summaryErrors.length > 0 ? <ErrorSummary heading={COMMON.errorSummaryHeading} errors={summaryErrors} ref={summaryRef} /> : null}
      <input type="hidden" name="journey" value={journey} />
      <input type="hidden" name="step" value={step} />
      {isChange ? <input type="hidden" name="change" value="1" /> : null}

      {step === "who-for" ? (
        <Radios idPrefix="madeBy" name="madeBy" legend={title} isPageHeading options={WHO_FOR.options} error={errors.madeBy} defaultValue={values.madeBy} registration={register("madeBy")} />
      ) : null}

      {step === "about-you" ? (
        <>
          <h1>{title}</h1>
          <p>{ABOUT_YOU.hint}</p>
          <TextInput id="proxyName" name="proxyName" label={ABOUT_YOU.proxyName.label} error={errors.proxyName} defaultValue={values.proxyName} autoComplete="name" spellCheck={false} widthClass="nhsuk-u-width-two-thirds" registration={register("proxyName")} />
          <TextInput id="proxyRelationship" name="proxyRelationship" label={ABOUT_YOU.proxyRelationship.label} hint={ABOUT_YOU.proxyRelationship.hint} error={errors.proxyRelationship} defaultValue={values.proxyRelationship} widthClass="nhsuk-u-width-one-half" registration={register("proxyRelationship")} />
        </>
      ) : null}

      {step === "name" ? (
        <>
          <h1>{title}</h1>
          <TextInput id="givenName" name="givenName" label={NAME.givenName.label} error={errors.givenName} defaultValue={values.givenName} autoComplete={props.isSelf ? "given-name" : "off"} spellCheck={false} widthClass="nhsuk-u-width-two-thirds" registration={register("givenName")} />
          <TextInput id="familyName" name="familyName" label={NAME.familyName.label} error={errors.familyName} defaultValue={values.familyName} autoComplete={props.isSelf ? "family-name" : "off"} spellCheck={false} widthClass="nhsuk-u-width-two-thirds" registration={register("familyName")} />
        </>
      ) : null}

      {step === "date-of-birth" ? (
        <DateInput
          id="dateOfBirth"
          legend={title}
          isPageHeading
          hint={DATE_OF_BIRTH.hint}
          error={errors.dateOfBirth}
          labels={{ day: DATE_OF_BIRTH.day, month: DATE_OF_BIRTH.month, year: DATE_OF_BIRTH.year }}
          names={{ day: "dobDay", month: "dobMonth", year: "dobYear" }}
          defaultValues={{ day: values.dobDay, month: values.dobMonth, year: values.dobYear }}
          registrations={{ day: register("dobDay"), month: register("dobMonth"), year: register("dobYear") }}
        />
      ) : null}

      {step === "nhs-number" ? (
        <>
          <h1>{title}</h1>
          <TextInput id="nhsNumber" name="nhsNumber" label={NHS_NUMBER.label} hint={NHS_NUMBER.hint} error={errors.nhsNumber} defaultValue={values.nhsNumber} inputMode="numeric" spellCheck={false} widthClass="nhsuk-input--width-10" registration={register("nhsNumber")} />
          <Details summary={NHS_NUMBER.helpSummary}>
            {NHS_NUMBER.help.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </Details>
        </>
      ) : null}

      {step === "postcode" ? (
        <>
          <h1>{title}</h1>
          <TextInput id="postcode" name="postcode" label={POSTCODE.label} hint={POSTCODE.hint} error={errors.postcode} defaultValue={values.postcode} autoComplete="postal-code" spellCheck={false} widthClass="nhsuk-input--width-10" registration={register("postcode")} />
        </>
      ) : null}

      {step === "gp-practice" ? (
        <>
          <h1>{title}</h1>
          <Select id="gpPracticeOds" name="gpPracticeOds" label={GP_PRACTICE.label} hint={GP_PRACTICE.hint} error={errors.gpPracticeOds} defaultValue={values.gpPracticeOds ?? ""} options={[{ value: "", label: GP_PRACTICE.none }, ...(props.practices ?? [])]} registration={register("gpPracticeOds")} />
        </>
      ) : null}

      {step === "evidence" ? (
        <>
          <h1>{title}</h1>
          <p>{EVIDENCE.hint}</p>
          <Radios idPrefix="evidenceMethod" name="evidenceMethod" legend={EVIDENCE.methodLegend} options={EVIDENCE.methods} error={errors.evidenceMethod} defaultValue={values.evidenceMethod} registration={register("evidenceMethod")} />
          {props.uploadedFileName ? <p>{EVIDENCE.alreadyUploaded(props.uploadedFileName)}</p> : null}
          <FileUpload id="evidenceFile" name="evidenceFile" label={EVIDENCE.fileLabel} hint={EVIDENCE.fileHint} error={errors.evidenceFile} accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" registration={register("evidenceFile")} />
          <p>{EVIDENCE.postAddressIntro}</p>
          <p>
            {RETURN_ADDRESS.map((line, index) => (
              <span key={line}>
                {line}
                {index < RETURN_ADDRESS.length - 1 ? <br /> : null}
              </span>
            ))}
          </p>
        </>
      ) : null}

      {step === "decision" ? (
        <Radios idPrefix="choice" name="choice" legend={title} isPageHeading options={DECISION.options} error={errors.choice} defaultValue={values.choice} registration={register("choice")} />
      ) : null}

      {step === "email" ? (
        <>
          <h1>{title}</h1>
          <TextInput id="email" name="email" type="email" label={EMAIL.label} hint={EMAIL.hint} error={errors.email} defaultValue={values.email} autoComplete="email" spellCheck={false} widthClass="nhsuk-u-width-two-thirds" registration={register("email")} />
        </>
      ) : null}

      {step === "confirm-email" ? (
        <TextInput id="code" name="code" label={CONFIRM_EMAIL.label} hint={CONFIRM_EMAIL.hint} error={errors.code} defaultValue="" inputMode="numeric" autoComplete="one-time-code" spellCheck={false} widthClass="nhsuk-input--width-10" registration={register("code")} />
      ) : null}

      {props.children}
      <Button isDisabled={isPending}>{props.submitLabel ?? (step === "email" ? EMAIL.sendButton : COMMON.continue)}</Button>
    </form>
  );
}
