import type { Metadata } from "next";

import { ActionForm } from "@/components/staff/action-form";
import { isLocalDemo } from "@/lib/auth/auth-settings";
import { isBreakGlassEnabled, staffSsoSettingsFrom } from "@/lib/auth/sso/settings";
import { STAFF_TEST_USERS } from "@/lib/identity/local-provider/test-users";
import { getEnv } from "@/lib/env";
import { DEMO_STAFF_ACCOUNTS } from "@/lib/staff/demo-staff";
import { SSO_ROUTES, SSO_TEXT } from "@/lib/staff/staff-text";

import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const env = getEnv();
  const sso = staffSsoSettingsFrom(env);
  const isBreakGlass = isBreakGlassEnabled(env);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Sign in to the back office</h1>
        {params["signed-out"] ? (
          <div className="nhsuk-inset-text" role="status">
            <p>{params["signed-out"] === "everywhere" ? "You have been signed out on every device." : "You have been signed out."}</p>
          </div>
        ) : null}
        {params.form === "kept" ? (
          <div className="nhsuk-inset-text" role="status">
            <p>Your session ended. Sign in again and we will bring back the form you were sending.</p>
          </div>
        ) : null}
        <p>For staff of the North London joined-up care record team only.</p>
        {sso ? (
          <>
            <p>{SSO_TEXT.intro}</p>
            {/* A link, not a form: the provider is another origin (docs/decisions/019). */}
            <a href={SSO_ROUTES.start} className="nhsuk-button" role="button" draggable="false" data-module="nhsuk-button">
              {SSO_TEXT.button}
            </a>
            {sso.isLocal ? <LocalSsoUsers /> : null}
          </>
        ) : null}
        {isBreakGlass ? (
          <>
            {sso ? <h2>{SSO_TEXT.breakGlassHeading}</h2> : null}
            <p>{sso ? SSO_TEXT.breakGlassIntro : "You need your password and the authenticator app on your phone."}</p>
            <ActionForm
              id="sign-in"
              action={signInAction}
              submitLabel="Continue"
              fields={[
                { kind: "text", name: "email", label: "Work email address", type: "email", autoComplete: "username", widthClass: "nhsuk-u-width-two-thirds" },
                { kind: "password", name: "password", label: "Password", autoComplete: "current-password" },
              ]}
            />
            <p>Forgotten your password or lost your phone? Ask an admin to reset your account.</p>
            {isLocalDemo() ? <DemoAccounts /> : null}
          </>
        ) : sso ? null : (
          <div className="nhsuk-inset-text">
            <p>Sign-in is not set up on this site: neither single sign-on nor break-glass password sign-in is configured. See docs/OPERATIONS.md.</p>
          </div>
        )}
      </div>
    </div>
  );
}

function LocalSsoUsers() {
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Staff test users of the local OpenID provider (local demo only)</span>
      </summary>
      <div className="nhsuk-details__text">
        <p>The local provider lists these people on its own sign-in page.</p>
        <ul>
          {STAFF_TEST_USERS.map((user) => (
            <li key={user.id}>{user.name}: {user.description.toLowerCase()}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}

function DemoAccounts() {
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text"><span className="nhsuk-u-visually-hidden">Important: </span>Demo accounts (local database only)</span>
      </h2>
      <p>These accounts exist only in the local demo database. The code page shows each account&apos;s current authenticator code.</p>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Demo staff accounts</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row"><th scope="col" className="nhsuk-table__header">Role</th><th scope="col" className="nhsuk-table__header">Email</th><th scope="col" className="nhsuk-table__header">Password</th></tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {DEMO_STAFF_ACCOUNTS.map((account) => (
            <tr className="nhsuk-table__row" key={account.email}>
              <td className="nhsuk-table__cell">{account.role}</td>
              <td className="nhsuk-table__cell">{account.email}</td>
              <td className="nhsuk-table__cell"><code>{account.password}</code></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
