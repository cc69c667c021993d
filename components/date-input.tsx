import { fieldDescription, FormGroup, HintAndError, type InputRegistration } from "./form-fields";

// Mirrors nhsuk-frontend 10.6.1's date-input template inside a fieldset whose
// legend is the page heading. Uncontrolled, so it works without JavaScript.

type DateInputProps = {
  /** The day box's id is `${id}-day`: error summary links point there. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  labels: { day: string; month: string; year: string };
  names: { day: string; month: string; year: string };
  defaultValues?: { day?: string; month?: string; year?: string };
  isPageHeading?: boolean;
  registrations?: { day?: InputRegistration; month?: InputRegistration; year?: InputRegistration };
  /** Each box's autocomplete: a date of birth is the user's own ("bday-day"...) only when they answer about themselves. */
  autoComplete?: { day: string; month: string; year: string };
};

export function DateInput({ id, legend, hint, error, labels, names, defaultValues, isPageHeading, registrations, autoComplete }: DateInputProps) {
  const { hintId, errorId, ariaDescribedBy } = fieldDescription(id, hint, error);
  const parts = [
    { key: "day", width: 2, autoComplete: "bday-day" },
    { key: "month", width: 2, autoComplete: "bday-month" },
    { key: "year", width: 4, autoComplete: "bday-year" },
  ] as const;
  return (
    <FormGroup error={error}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={ariaDescribedBy}>
        {isPageHeading ? (
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">
            <h1 className="nhsuk-fieldset__heading">{legend}</h1>
          </legend>
        ) : (
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        )}
        <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
        <div className="nhsuk-date-input" id={id}>
          {parts.map((part) => (
            <div className="nhsuk-date-input__item" key={part.key}>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part.key}`}>
                  {labels[part.key]}
                </label>
                <input
                  className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${part.width}${error ? " nhsuk-input--error" : ""}`}
                  id={`${id}-${part.key}`}
                  name={names[part.key]}
                  type="text"
                  inputMode="numeric"
                  autoComplete={autoComplete?.[part.key] ?? part.autoComplete}
                  defaultValue={defaultValues?.[part.key]}
                  {...registrations?.[part.key]}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </FormGroup>
  );
}
