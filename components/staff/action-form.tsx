"use client";

import { type ReactNode, useActionState, useEffect, useRef } from "react";

import { ErrorSummary } from "@/components/error-summary";
import { Button, Radios, Textarea, TextInput } from "@/components/form-fields";

// One form for the back office: fields described as data, posted to a server
// action through useActionState. Without JavaScript the browser posts it and
// the page comes back with the errors and the values typed; with JavaScript,
// the same without a reload. Field names are the server schema's names.

export type StaffFormState = {
  values: Record<string, string>;
  errors: Record<string, string>;
  /** A problem with the request as a whole, not one field. */
  formError?: string;
  /** Shown after a success that stays on the page (e.g. a key shown once). */
  notice?: { heading: string; lines: readonly string[] };
};

export type StaffField =
  | {
      kind: "text"; name: string; label: string; hint?: string; type?: "text" | "email" | "tel"; autoComplete?: string; widthClass?: string;
      inputMode?: "numeric" | "text";
      /** Focus this field when the page opens without errors (errors put focus on their summary). */
      autoFocus?: boolean;
      /** Drawn straight after the field, e.g. a live check of what is typed. */
      after?: ReactNode;
    }
  | { kind: "password"; name: string; label: string; hint?: string; autoComplete?: string }
  | { kind: "textarea"; name: string; label: string; hint?: string; rows?: number }
  | { kind: "radios"; name: string; legend: string; hint?: string; options: readonly { value: string; label: string }[] }
  /** onlyWhenError: shown only when the server asked about it (e.g. "record anyway" after a duplicate warning). */
  | { kind: "checkbox"; name: string; label: string; onlyWhenError?: boolean }
  | { kind: "hidden"; name: string; value: string };

export const EMPTY_FORM_STATE: StaffFormState = { values: {}, errors: {} };

type ActionFormProps = {
  id: string;
  action: (state: StaffFormState, formData: FormData) => Promise<StaffFormState>;
  fields: readonly StaffField[];
  submitLabel: string;
  errorHeading?: string;
  initialValues?: Record<string, string>;
  secondary?: boolean;
};

const fieldId = (formId: string, name: string) => `${formId}-${name}`;

export function ActionForm({ id, action, fields, submitLabel, errorHeading = "There is a problem", initialValues, secondary }: ActionFormProps) {
  const [state, formAction, isPending] = useActionState(action, { ...EMPTY_FORM_STATE, values: initialValues ?? {} });
  const summaryRef = useRef<HTMLDivElement>(null);
  const fieldErrors = fields
    .filter((field) => field.kind !== "hidden" && state.errors[field.name])
    .map((field) => ({ text: state.errors[field.name]!, href: `#${fieldId(id, field.name)}` }));
  const summaryErrors = state.formError ? [{ text: state.formError }, ...fieldErrors] : fieldErrors;

  useEffect(() => {
    if (summaryErrors.length > 0) summaryRef.current?.focus();
  }, [state, summaryErrors.length]);

  return (
    <>
      {state.notice ? (
        <div className="nhsuk-inset-text" role="status">
          <h2 className="nhsuk-heading-s">{state.notice.heading}</h2>
          {state.notice.lines.map((line) => (
            <p key={line} className="nhsuk-u-font-weight-bold app-break-all">{line}</p>
          ))}
        </div>
      ) : null}
      <form action={formAction} noValidate key={JSON.stringify(state.values)} id={id}>
        {summaryErrors.length > 0 ? <ErrorSummary heading={errorHeading} errors={summaryErrors} ref={summaryRef} /> : null}
        {fields.map((field) => {
          const fid = fieldId(id, field.name);
          const value = state.values[field.name];
          const error = state.errors[field.name];
          switch (field.kind) {
            case "hidden":
              return <input key={field.name} type="hidden" name={field.name} value={field.value} />;
            case "text":
              return (
                <div key={field.name}>
                  <TextInput id={fid} name={field.name} label={field.label} hint={field.hint} error={error} defaultValue={value}
                    type={field.type} autoComplete={field.autoComplete ?? "off"} widthClass={field.widthClass} spellCheck={false}
                    inputMode={field.inputMode} autoFocus={Boolean(field.autoFocus) && summaryErrors.length === 0} />
                  {field.after}
                </div>
              );
            case "password":
              return <PasswordInput key={field.name} id={fid} name={field.name} label={field.label} hint={field.hint} error={error} autoComplete={field.autoComplete} />;
            case "textarea":
              return <Textarea key={field.name} id={fid} name={field.name} label={field.label} hint={field.hint} error={error} defaultValue={value} rows={field.rows} />;
            case "radios":
              return <Radios key={field.name} idPrefix={fid} name={field.name} legend={field.legend} hint={field.hint} options={field.options} error={error} defaultValue={value} />;
            case "checkbox":
              if (field.onlyWhenError && !error) return null;
              return (
                <div key={field.name} className={error ? "nhsuk-form-group nhsuk-form-group--error" : "nhsuk-form-group"}>
                  {error ? (
                    <span className="nhsuk-error-message" id={`${fid}-error`}>
                      <span className="nhsuk-u-visually-hidden">Error:</span> {error}
                    </span>
                  ) : null}
                  <div className="nhsuk-checkboxes">
                    <div className="nhsuk-checkboxes__item">
                      <input className="nhsuk-checkboxes__input" id={fid} name={field.name} type="checkbox" value="yes" defaultChecked={value === "yes"} />
                      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={fid}>{field.label}</label>
                    </div>
                  </div>
                </div>
              );
          }
        })}
        {secondary ? (
          <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={isPending}>{submitLabel}</button>
        ) : (
          <Button isDisabled={isPending}>{submitLabel}</Button>
        )}
      </form>
    </>
  );
}

function PasswordInput({ id, name, label, hint, error, autoComplete }: { id: string; name: string; label: string; hint?: string; error?: string; autoComplete?: string }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? "nhsuk-form-group nhsuk-form-group--error" : "nhsuk-form-group"}>
      <label className="nhsuk-label" htmlFor={id}>{label}</label>
      {hint ? <div className="nhsuk-hint" id={hintId}>{hint}</div> : null}
      {error ? (
        <span className="nhsuk-error-message" id={errorId}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      ) : null}
      <input className={error ? "nhsuk-input nhsuk-input--error nhsuk-u-width-two-thirds" : "nhsuk-input nhsuk-u-width-two-thirds"}
        id={id} name={name} type="password" autoComplete={autoComplete ?? "current-password"} spellCheck={false}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined} />
    </div>
  );
}
