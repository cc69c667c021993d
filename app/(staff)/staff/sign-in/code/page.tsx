import type { Metadata } from "next";
import Link from "next/link";

import { ActionForm } from "@/components/staff/action-form";
import { isLocalDemo } from "@/lib/auth/auth-settings";
import { currentDemoTotpCode, DEMO_STAFF_ACCOUNTS } from "@/lib/staff/demo-staff";

import { STAFF_ROUTES } from "../../../_lib/staff-session";
import { verifyCodeAction } from "../actions";

export const metadata: Metadata = { title: "Enter your code" };

export default async function CodePage() {
  const demoCodes = isLocalDemo()
    ? await Promise.all(DEMO_STAFF_ACCOUNTS.map(async (a) => ({ email: a.email, code: await currentDemoTotpCode(a.totpSecret) })))
    : [];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Enter the code from your authenticator app</h1>
        <ActionForm
          id="code"
          action={verifyCodeAction}
          submitLabel="Sign in"
          fields={[
            {
              kind: "text",
              name: "code",
              label: "Code",
              hint: "The 6-digit code your authenticator app shows now. If you have lost your phone, enter one of your recovery codes instead.",
              autoComplete: "one-time-code",
              widthClass: "nhsuk-input--width-10",
            },
          ]}
        />
        <p><Link href={STAFF_ROUTES.signIn}>Start again</Link></p>
        {demoCodes.length > 0 ? (
          <div className="nhsuk-inset-text">
            <h2 className="nhsuk-heading-s">Demo accounts&apos; codes now (local database only)</h2>
            <ul>
              {demoCodes.map((d) => <li key={d.email}>{d.email}: <code>{d.code}</code></li>)}
            </ul>
            <p>Codes change every 30 seconds: reload for a new one.</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
