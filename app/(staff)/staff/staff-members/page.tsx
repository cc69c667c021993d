import type { Metadata } from "next";

import { ActionForm } from "@/components/staff/action-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/auth-settings";
import { listStaffMembers } from "@/lib/staff/manage-staff";
import { ROLE_LABELS, STAFF_ROLES } from "@/lib/staff/roles";

import { requireStaff } from "../../_lib/staff-session";
import { createStaffMemberAction, disableStaffMemberAction } from "./actions";

export const metadata: Metadata = { title: "Staff accounts" };

export default async function StaffMembersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const me = await requireStaff("staff:manage", "staff accounts");
  const params = await searchParams;
  const members = await listStaffMembers();
  return (
    <>
      <h1>Staff accounts</h1>
      {params.created ? <div className="nhsuk-inset-text" role="status"><p>Account created for {params.created}. Give them the temporary password in person; they set up their authenticator app at first sign-in.</p></div> : null}
      {params.disabled ? <div className="nhsuk-inset-text" role="status"><p>Account disabled and signed out everywhere.</p></div> : null}
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Staff accounts</caption>
        <thead className="nhsuk-table__head"><tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">Name</th><th scope="col" className="nhsuk-table__header">Email</th>
          <th scope="col" className="nhsuk-table__header">Role</th><th scope="col" className="nhsuk-table__header">Authenticator</th>
          <th scope="col" className="nhsuk-table__header">Status</th>
        </tr></thead>
        <tbody className="nhsuk-table__body">
          {members.map((m) => (
            <tr className="nhsuk-table__row" key={m.id}>
              <td className="nhsuk-table__cell">{m.name}</td>
              <td className="nhsuk-table__cell">{m.email}</td>
              <td className="nhsuk-table__cell">{ROLE_LABELS[m.role]}</td>
              <td className="nhsuk-table__cell">{m.twoFactorEnabled ? "Set up" : "Not yet set up"}</td>
              <td className="nhsuk-table__cell">
                {m.banned ? "Disabled" : m.id === me.id ? "Active (you)" : (
                  <form action={disableStaffMemberAction}>
                    <input type="hidden" name="id" value={m.id} />
                    <button className="nhsuk-button nhsuk-button--warning nhsuk-button--small nhsuk-u-margin-bottom-0" type="submit">Disable<span className="nhsuk-u-visually-hidden"> {m.email}</span></button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="nhsuk-grid-row"><div className="nhsuk-grid-column-two-thirds">
        <h2>Create an account</h2>
        <ActionForm id="create-staff" action={createStaffMemberAction} submitLabel="Create account"
          fields={[
            { kind: "text", name: "name", label: "Full name" },
            { kind: "text", name: "email", label: "Work email address", type: "email" },
            { kind: "radios", name: "role", legend: "Role", options: STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })) },
            { kind: "password", name: "password", label: "Temporary password", hint: `At least ${MIN_PASSWORD_LENGTH} characters`, autoComplete: "new-password" },
          ]} />
      </div></div>
    </>
  );
}
