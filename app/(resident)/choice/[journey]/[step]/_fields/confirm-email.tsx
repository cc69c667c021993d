import { Button, TextInput } from "@/components/form-fields";
import { LocalLink } from "@/components/local-link";
import { journeyPath } from "@/lib/choice/journey-answers";

import type { FieldsProps } from "./types";

/** The value of the "Send a new code" button: the action sends a code rather than checking one. */
export const RESEND_INTENT = "resend";

export function ConfirmEmailFields({ title, errors, register, data, words }: FieldsProps) {
  const { CONFIRM_EMAIL } = words;
  return (
    <>
      <h1>{title}</h1>
      {/* A long address must wrap, not push the page sideways on a small screen. The sentence comes made, in the page's language (lib/choice/steps/confirm-email.ts). */}
      <p className="nhsuk-u-text-break-word">{typeof data.sentTo === "string" ? data.sentTo : ""}</p>
      <TextInput id="code" name="code" label={CONFIRM_EMAIL.label} hint={CONFIRM_EMAIL.hint} error={errors.code} defaultValue="" inputMode="numeric" autoComplete="one-time-code" spellCheck={false} widthClass="nhsuk-input--width-10" registration={register("code")} />
    </>
  );
}

// "Send a new code" is a second button of the same form (after "Continue", so
// Enter still checks the code): the answer shows the code's true state with
// the outcome of asking, in one place, with or without JavaScript.
export function ConfirmEmailAfterButton({ journey, isChange, notice, isPending, words }: FieldsProps) {
  const { CONFIRM_EMAIL } = words;
  return (
    <>
      <p>{CONFIRM_EMAIL.resendIntro}</p>
      {notice ? <p role="status">{notice}</p> : null}
      <Button isSecondary isDisabled={isPending} name="intent" value={RESEND_INTENT}>
        {CONFIRM_EMAIL.resendButton}
      </Button>
      <p>
        <LocalLink href={`${journeyPath(journey, "email")}${isChange ? "?change=1" : ""}`}>{CONFIRM_EMAIL.changeEmail}</LocalLink>
      </p>
    </>
  );
}
