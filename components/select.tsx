import type { Ref, SelectHTMLAttributes } from "react";

import { fieldDescription, FormGroup, HintAndError } from "./form-fields";

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
  const { hintId, errorId, ariaDescribedBy } = fieldDescription(id, hint, error);
  const labelElement = (
    <label className={isPageHeading ? "nhsuk-label nhsuk-label--l" : "nhsuk-label"} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <FormGroup error={error}>
      {isPageHeading ? <h1 className="nhsuk-label-wrapper">{labelElement}</h1> : labelElement}
      <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      <select
        className={error ? "nhsuk-select nhsuk-select--error" : "nhsuk-select"}
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={ariaDescribedBy}
        {...registration}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
