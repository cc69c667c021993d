import type { Metadata } from "next";

import { ActionForm } from "@/components/staff/action-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/auth-settings";

import { requireStaff } from "../../_lib/staff-session";
import { changePasswordAction } from "../account/actions";

export const metadata: Metadata = { title: "Change your password" };

export default async function ChangePasswordPage() {
  const staff = await requireStaff(undefined, undefined, { stage: "changing-password" });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Change your password</h1>
        {staff.mustChangePassword ? <p>You signed in with a temporary password. Choose your own before you continue.</p> : null}
        <p>Use at least {MIN_PASSWORD_LENGTH} characters. A few random words make a strong password that is easy to remember. Passwords found in data breaches, and ones containing your name or email address, are refused.</p>
        <ActionForm
          id="change-password"
          action={changePasswordAction}
          submitLabel="Change password"
          fields={[
            { kind: "password", name: "currentPassword", label: "Current password", autoComplete: "current-password" },
            { kind: "password", name: "newPassword", label: "New password", autoComplete: "new-password" },
            { kind: "password", name: "confirmPassword", label: "New password again", autoComplete: "new-password" },
          ]}
        />
      </div>
    </div>
  );
}
