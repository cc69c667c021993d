"use client";

import { useActionState } from "react";

import { EMPTY_FORM_STATE, type StaffFormState } from "./action-form";

// One button posting to a staff server action (disable, reset, approve,
// revoke, sign out), with the action's answer beside it: an error says what
// went wrong and that nothing changed; a notice shows what is shown only once
// (a temporary password). Works without JavaScript like ActionForm.

type ActionButtonProps = {
  action: (state: StaffFormState, formData: FormData) => Promise<StaffFormState>;
  label: string;
  /** Read after the label by screen readers only: which row the button acts on. */
  hiddenLabel?: string;
  fields?: Readonly<Record<string, string>>;
  variant?: "primary" | "secondary" | "warning";
  isSmall?: boolean;
  /**
   * For an action that cannot be undone at once (revoke, disable): the button opens a question, and only
   * "Yes, <label>" beneath it posts. A native details element, so it works without JavaScript.
   */
  confirm?: string;
};

export function ActionButton({ action, label, hiddenLabel, fields = {}, variant = "secondary", isSmall = true, confirm }: ActionButtonProps) {
  const [state, formAction, isPending] = useActionState(action, EMPTY_FORM_STATE);
  const classes = ["nhsuk-button", variant === "primary" ? "" : `nhsuk-button--${variant}`, isSmall ? "nhsuk-button--small" : "", "nhsuk-u-margin-bottom-1"].filter(Boolean).join(" ");
  if (confirm) {
    return (
      <details className="nhsuk-details nhsuk-u-margin-bottom-1" open={Boolean(state.formError)}>
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">
            {label}
            {hiddenLabel ? <span className="nhsuk-u-visually-hidden"> {hiddenLabel}</span> : null}
          </span>
        </summary>
        <div className="nhsuk-details__text">
          <p>{confirm}</p>
          <form action={formAction}>
            {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
            {state.formError ? (
              <p className="nhsuk-error-message" role="alert"><span className="nhsuk-u-visually-hidden">Error:</span> {state.formError}</p>
            ) : null}
            <button className={classes} type="submit" disabled={isPending}>
              Yes, {label.toLowerCase()}
              {hiddenLabel ? <span className="nhsuk-u-visually-hidden"> {hiddenLabel}</span> : null}
            </button>
          </form>
        </div>
      </details>
    );
  }
  return (
    <form action={formAction}>
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {state.formError ? (
        <p className="nhsuk-error-message" role="alert"><span className="nhsuk-u-visually-hidden">Error:</span> {state.formError}</p>
      ) : null}
      {state.notice ? (
        <div className="nhsuk-inset-text nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-2" role="status">
          <p className="nhsuk-u-font-weight-bold nhsuk-u-margin-bottom-1">{state.notice.heading}</p>
          {state.notice.lines.map((line) => <p key={line} className="app-break-all nhsuk-u-margin-bottom-1"><code>{line}</code></p>)}
        </div>
      ) : null}
      <button className={classes} type="submit" disabled={isPending}>
        {label}
        {hiddenLabel ? <span className="nhsuk-u-visually-hidden"> {hiddenLabel}</span> : null}
      </button>
    </form>
  );
}
