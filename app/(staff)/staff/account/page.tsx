import type { Metadata } from "next";

import Link from "next/link";

import { ActionButton } from "@/components/staff/action-button";
import { getSessionIdleSeconds } from "@/lib/auth/auth-settings";
import { ROLE_LABELS } from "@/lib/staff/roles";

import { requireStaff, STAFF_ROUTES } from "../../_lib/staff-session";
import { signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const staff = await requireStaff();
  return (
    <>
      <h1>Your account</h1>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">Name</dt><dd className="nhsuk-summary-list__value">{staff.name}</dd></div>
        <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">Email</dt><dd className="nhsuk-summary-list__value">{staff.email}</dd></div>
        <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">Role</dt><dd className="nhsuk-summary-list__value">{ROLE_LABELS[staff.role]}</dd></div>
      </dl>
      {staff.signInMethod === "sso" ? (
        <>
          <h2>How you signed in</h2>
          <p>With your organisation&apos;s account. Your password and second factor are managed by your organisation, and so is your role: ask your organisation&apos;s identity team to change it.</p>
        </>
      ) : (
        <>
          <h2>Password</h2>
          <p><Link href={STAFF_ROUTES.changePassword}>Change your password</Link></p>
        </>
      )}
      <p>You are signed out after {getSessionIdleSeconds() / 60} minutes without using the back office.</p>
      <h2>Sign out everywhere</h2>
      <p>If you think someone else may be signed in as you, sign out on every device, including this one.</p>
      <ActionButton action={signOutEverywhereAction} label="Sign out everywhere" variant="warning" isSmall={false} />
    </>
  );
}
