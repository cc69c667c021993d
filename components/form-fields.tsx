// Form fields mirroring nhsuk-frontend 10.6.1's input, textarea, radios,
// error-message and button templates. Uncontrolled (defaultValue), so they
// work the same with and without JavaScript.

import type { InputHTMLAttributes, ReactNode, Ref } from "react";

import { errorMessagePrefix } from "@/lib/content/locales/browser-words";
import { useResidentLocale } from "@/lib/i18n/use-resident-locale";

/**
 * Extra attributes for the input itself, such as react-hook-form's
 * register() result (name, onChange, onBlur, ref) for client-side validation.
 */
export type InputRegistration = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

type ErrorMessageProps = { id: string; text: string };

export function ErrorMessage({ id, text }: ErrorMessageProps) {
  const prefix = errorMessagePrefix(useResidentLocale());
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">{prefix}</span>
      {text}
    </span>
  );
}

/** The ids of a field's hint and error message, and the aria-describedby that names them. */
export function fieldDescription(id: string, hint?: string, error?: string) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { hintId, errorId, ariaDescribedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

/** NHS.UK's form group, in its error state when the field has an error. */
export function FormGroup({ error, className, children }: { error?: string; className?: string; children: ReactNode }) {
  return <div className={["nhsuk-form-group", error && "nhsuk-form-group--error", className].filter(Boolean).join(" ")}>{children}</div>;
}

/** The hint and the error message, between a field's label (or legend) and its control. */
export function HintAndError({ hint, hintId, error, errorId }: { hint?: string; hintId?: string; error?: string; errorId?: string }) {
  return (
    <>
      {hint ? (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error && errorId ? <ErrorMessage id={errorId} text={error} /> : null}
    </>
  );
}

type TextInputProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  type?: "text" | "tel" | "email";
  autoComplete?: string;
  spellCheck?: boolean;
  /** An NHS.UK width class, such as "nhsuk-u-width-two-thirds". */
  widthClass?: string;
  inputMode?: "numeric" | "text" | "email";
  /** The label is the page's heading (one question per page). */
  isPageHeading?: boolean;
  registration?: InputRegistration;
  /** Focus on load (drawn as the autofocus attribute, so it works without JavaScript too). */
  autoFocus?: boolean;
};

export function TextInput({ id, name, label, hint, error, defaultValue, type = "text", autoComplete, spellCheck, widthClass, inputMode, isPageHeading, registration, autoFocus }: TextInputProps) {
  const { hintId, errorId, ariaDescribedBy } = fieldDescription(id, hint, error);
  return (
    <FormGroup error={error}>
      {isPageHeading ? (
        <h1 className="nhsuk-label-wrapper">
          <label className="nhsuk-label nhsuk-label--l" htmlFor={id}>
            {label}
          </label>
        </h1>
      ) : (
        <label className="nhsuk-label" htmlFor={id}>
          {label}
        </label>
      )}
      <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      <input
        className={["nhsuk-input", error ? "nhsuk-input--error" : "", widthClass ?? ""].filter(Boolean).join(" ")}
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        inputMode={inputMode}
        aria-describedby={ariaDescribedBy}
        autoFocus={autoFocus}
        {...registration}
      />
    </FormGroup>
  );
}

type TextareaProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  rows?: number;
};

export function Textarea({ id, name, label, hint, error, defaultValue, rows = 5 }: TextareaProps) {
  const { hintId, errorId, ariaDescribedBy } = fieldDescription(id, hint, error);
  return (
    <FormGroup error={error}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      <textarea
        className={error ? "nhsuk-textarea nhsuk-textarea--error" : "nhsuk-textarea"}
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-describedby={ariaDescribedBy}
      />
    </FormGroup>
  );
}

type RadiosProps = {
  /** The first radio's id; error summary links point here, as NHS.UK's template does. */
  idPrefix: string;
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  error?: string;
  defaultValue?: string;
  hint?: string;
  /** The legend is the page's heading (one question per page). */
  isPageHeading?: boolean;
  registration?: InputRegistration;
};

export function Radios({ idPrefix, name, legend, options, error, defaultValue, hint, isPageHeading, registration }: RadiosProps) {
  const { hintId, errorId, ariaDescribedBy } = fieldDescription(idPrefix, hint, error);
  return (
    <FormGroup error={error}>
      <fieldset className="nhsuk-fieldset" aria-describedby={ariaDescribedBy}>
        {isPageHeading ? (
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">
            <h1 className="nhsuk-fieldset__heading">{legend}</h1>
          </legend>
        ) : (
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        )}
        <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
        <div className="nhsuk-radios" data-module="nhsuk-radios">
          {options.map((option, index) => {
            const id = index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
            return (
              <div className="nhsuk-radios__item" key={option.value}>
                <input
                  className="nhsuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={option.value}
                  defaultChecked={defaultValue === option.value}
                  {...registration}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}

/** `name` and `value` tell the server which of a form's buttons sent it. */
type ButtonProps = { children: string; isDisabled?: boolean; isSecondary?: boolean; name?: string; value?: string };

export function Button({ children, isDisabled, isSecondary, name, value }: ButtonProps) {
  return (
    <button
      className={isSecondary ? "nhsuk-button nhsuk-button--secondary" : "nhsuk-button"}
      data-module="nhsuk-button"
      type="submit"
      name={name}
      value={value}
      disabled={isDisabled}
      aria-disabled={isDisabled || undefined}
    >
      {children}
    </button>
  );
}
