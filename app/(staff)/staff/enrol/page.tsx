import type { Metadata } from "next";

import { requireStaff } from "../../_lib/staff-session";
import { EnrolForm } from "./enrol-form";

export const metadata: Metadata = { title: "Set up your authenticator app" };

export default async function EnrolPage() {
  // Signed out: to sign-in; a temporary password: changed first; already enrolled: home.
  await requireStaff(undefined, undefined, { stage: "enrolling" });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Set up your authenticator app</h1>
        <p>Every sign-in needs your password and a code from an authenticator app on your phone (for example Microsoft Authenticator or Google Authenticator). Set it up now: you cannot use the back office until you do.</p>
        <EnrolForm />
      </div>
    </div>
  );
}
