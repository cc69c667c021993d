"use client";

import { useActionState } from "react";

import { ErrorSummary } from "@/components/error-summary";
import { Button, TextInput } from "@/components/form-fields";

import { finishEnrolmentAction, startEnrolmentAction, type EnrolState } from "./actions";

// Two steps, each a plain form posting to a server action, so enrolment works
// without JavaScript: the QR code is an image drawn on the server.
export function EnrolForm() {
  const [startState, startAction] = useActionState(startEnrolmentAction, { stage: "password" } as EnrolState);
  const [finishState, finishAction] = useActionState(finishEnrolmentAction, { stage: "password" } as EnrolState);
  const state = finishState.stage === "verify" ? finishState : startState;

  if (state.stage === "password") {
    return (
      <form action={startAction} noValidate>
        {state.error ? <ErrorSummary heading="There is a problem" errors={[{ text: state.error, href: "#enrol-password" }]} /> : null}
        <div className={state.error ? "nhsuk-form-group nhsuk-form-group--error" : "nhsuk-form-group"}>
          <label className="nhsuk-label" htmlFor="enrol-password">Your password</label>
          <input className="nhsuk-input nhsuk-u-width-two-thirds" id="enrol-password" name="password" type="password" autoComplete="current-password" />
        </div>
        <Button>Set up authenticator app</Button>
      </form>
    );
  }
  return (
    <>
      <h2>1. Scan this QR code with your authenticator app</h2>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URI drawn on the server */}
      <img src={state.qrDataUri} alt="QR code for your authenticator app. If you cannot scan it, type the setup key below." width={200} height={200} />
      <p>Setup key: <code data-testid="totp-secret">{state.secret}</code></p>
      <h2>2. Keep your recovery codes</h2>
      <p>Each code signs you in once if you lose your phone. Print them or write them down and keep them safe. They are not shown again.</p>
      <ul className="nhsuk-list" data-testid="recovery-codes">
        {state.recoveryCodes?.map((code) => <li key={code}><code>{code}</code></li>)}
      </ul>
      <h2>3. Enter the code your app shows</h2>
      <form action={finishAction} noValidate>
        <input type="hidden" name="qrDataUri" value={state.qrDataUri ?? ""} />
        <input type="hidden" name="secret" value={state.secret ?? ""} />
        <input type="hidden" name="recoveryCodes" value={state.recoveryCodes?.join(" ") ?? ""} />
        {finishState.error ? <ErrorSummary heading="There is a problem" errors={[{ text: finishState.error, href: "#enrol-code" }]} /> : null}
        <TextInput id="enrol-code" name="code" label="Code" hint="6 digits" autoComplete="one-time-code" error={finishState.error} widthClass="nhsuk-input--width-10" />
        <Button>Turn on and continue</Button>
      </form>
    </>
  );
}
