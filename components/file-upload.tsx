import { ErrorMessage, type InputRegistration } from "./form-fields";

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
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? "nhsuk-form-group nhsuk-form-group--error nhsuk-file-upload" : "nhsuk-form-group nhsuk-file-upload"}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error && errorId ? <ErrorMessage id={errorId} text={error} /> : null}
      <input
        className={error ? "nhsuk-file-upload__input nhsuk-file-upload__input--error" : "nhsuk-file-upload__input"}
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        {...registration}
      />
    </div>
  );
}
