"use client";

import { useActionState } from "react";

import { ErrorSummary } from "@/components/error-summary";
import { Button, TextInput } from "@/components/form-fields";
import { EMPTY_FORM_STATE } from "@/components/staff/action-form";

import { finishEnrolmentAction, startEnrolmentAction } from "./actions";

// Two steps, each a plain form posting to a server action, so enrolment works
// without JavaScript: the QR code is an image drawn on the server.
export function EnrolForm() {
  const [startState, startAction] = useActionState(startEnrolmentAction, EMPTY_FORM_STATE);
  const [finishState, finishAction] = useActionState(finishEnrolmentAction, EMPTY_FORM_STATE);
  const shown = finishState.values.qrDataUri ? finishState.values : startState.values;
  const qrDataUri = shown.qrDataUri?.startsWith("data:image/svg+xml;base64,") ? shown.qrDataUri : undefined;

  if (!qrDataUri) {
    const error = startState.errors.password ?? startState.formError ?? finishState.formError;
    return (
      <form action={startAction} noValidate>
        {error ? <ErrorSummary heading="There is a problem" errors={[{ text: error, href: "#enrol-password" }]} /> : null}
        <div className={error ? "nhsuk-form-group nhsuk-form-group--error" : "nhsuk-form-group"}>
          <label className="nhsuk-label" htmlFor="enrol-password">Your password</label>
          <input className="nhsuk-input nhsuk-u-width-two-thirds" id="enrol-password" name="password" type="password" autoComplete="current-password" />
        </div>
        <Button>Set up authenticator app</Button>
      </form>
    );
  }
  const recoveryCodes = (shown.recoveryCodes ?? "").split(" ").filter(Boolean);
  const codeError = finishState.errors.code ?? finishState.formError ?? Object.values(finishState.errors)[0];
  return (
    <>
      <h2>1. Scan this QR code with your authenticator app</h2>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URI drawn on the server */}
      <img src={qrDataUri} alt="QR code for your authenticator app. If you cannot scan it, type the setup key below." width={200} height={200} />
      <p>Setup key: <code data-testid="totp-secret">{shown.secret}</code></p>
      <h2>2. Keep your recovery codes</h2>
      <p>Each code signs you in once if you lose your phone. Print them or write them down and keep them safe. They are not shown again.</p>
      <ul className="nhsuk-list" data-testid="recovery-codes">
        {recoveryCodes.map((code) => <li key={code}><code>{code}</code></li>)}
      </ul>
      <h2>3. Enter the code your app shows</h2>
      <form action={finishAction} noValidate>
        <input type="hidden" name="qrDataUri" value={qrDataUri} />
        <input type="hidden" name="secret" value={shown.secret ?? ""} />
        <input type="hidden" name="recoveryCodes" value={recoveryCodes.join(" ")} />
        {codeError ? <ErrorSummary heading="There is a problem" errors={[{ text: codeError, href: "#enrol-code" }]} /> : null}
        <TextInput id="enrol-code" name="code" label="Code" hint="6 digits" autoComplete="one-time-code" error={codeError} widthClass="nhsuk-input--width-10" />
        <Button>Turn on and continue</Button>
      </form>
    </>
  );
}
