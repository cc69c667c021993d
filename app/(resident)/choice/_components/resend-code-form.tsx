"use client";

import { useActionState } from "react";

import { Button } from "@/components/form-fields";
import { CONFIRM_EMAIL, type JourneySlug } from "@/lib/content/choice";

import { resendCodeAction, type StepFormState } from "../actions";

const INITIAL_STATE: StepFormState = { values: {}, errors: {} };

/** A second, independent form: asking for a new code must not submit the code box. */
export function ResendCodeForm({ journey }: { journey: JourneySlug }) {
  const [state, formAction, isPending] = useActionState(resendCodeAction, INITIAL_STATE);
  return (
    <form action={formAction}>
      <input type="hidden" name="journey" value={journey} />
      <p>{CONFIRM_EMAIL.resendIntro}</p>
      {state.notice || state.formError ? (
        <p className={state.formError ? "nhsuk-error-message" : undefined} role="status">
          {state.formError ?? state.notice}
        </p>
      ) : null}
      <Button isSecondary isDisabled={isPending}>{CONFIRM_EMAIL.resendButton}</Button>
    </form>
  );
}
