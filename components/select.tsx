import type { Ref, SelectHTMLAttributes } from "react";

import { ErrorMessage } from "./form-fields";

// Mirrors nhsuk-frontend 10.6.1's select template.

type SelectProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  isPageHeading?: boolean;
  registration?: SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> };
};

export function Select({ id, name, label, hint, error, options, defaultValue, isPageHeading, registration }: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const labelElement = (
    <label className={isPageHeading ? "nhsuk-label nhsuk-label--l" : "nhsuk-label"} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={error ? "nhsuk-form-group nhsuk-form-group--error" : "nhsuk-form-group"}>
      {isPageHeading ? <h1 className="nhsuk-label-wrapper">{labelElement}</h1> : labelElement}
      {hint ? (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error && errorId ? <ErrorMessage id={errorId} text={error} /> : null}
      <select
        className={error ? "nhsuk-select nhsuk-select--error" : "nhsuk-select"}
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        {...registration}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
