import { fieldDescription, FormGroup, HintAndError, type InputRegistration } from "./form-fields";

// nhsuk-frontend 10.6.1's file-upload markup without its data-module: the
// browser's own file chooser, which works the same with or without JavaScript.

type FileUploadProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  accept?: string;
  registration?: InputRegistration;
};

export function FileUpload({ id, name, label, hint, error, accept, registration }: FileUploadProps) {
  const { hintId, errorId, ariaDescribedBy } = fieldDescription(id, hint, error);
  return (
    <FormGroup error={error} className="nhsuk-file-upload">
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      <input
        className={error ? "nhsuk-file-upload__input nhsuk-file-upload__input--error" : "nhsuk-file-upload__input"}
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-describedby={ariaDescribedBy}
        {...registration}
      />
    </FormGroup>
  );
}
