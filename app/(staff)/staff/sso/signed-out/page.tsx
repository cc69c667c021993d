import type { Metadata } from "next";
import { cookies } from "next/headers";

import { STAFF_SSO_LOGOUT_COOKIE } from "@/lib/auth/sso/sign-out";
import { SSO_ROUTES, SSO_TEXT } from "@/lib/staff/staff-text";

export const metadata: Metadata = { title: SSO_TEXT.signedOutTitle };

// After a single sign-on session is signed out here: on to the provider to end
// its session too. A refresh does it without script (the CSP blocks a form's
// redirect to another origin, not a refresh); the link is there if it does not.
export default async function SsoSignedOutPage() {
  const isProviderNext = Boolean((await cookies()).get(STAFF_SSO_LOGOUT_COOKIE)?.value);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {isProviderNext ? <meta httpEquiv="refresh" content={`0;url=${SSO_ROUTES.endSession}`} /> : null}
        <h1>{SSO_TEXT.signedOutTitle}</h1>
        {isProviderNext ? (
          <>
            <p>{SSO_TEXT.signedOutProvider}</p>
            <p><a href={SSO_ROUTES.endSession}>{SSO_TEXT.signedOutContinue}</a></p>
          </>
        ) : (
          <p><a href="/staff/sign-in">{SSO_TEXT.signedOutDone}</a></p>
        )}
      </div>
    </div>
  );
}
