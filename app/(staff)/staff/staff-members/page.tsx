import type { Metadata } from "next";

import { ActionButton } from "@/components/staff/action-button";
import { ActionForm } from "@/components/staff/action-form";
import { listStaffMembers, type StaffMember } from "@/lib/staff/manage-staff";
import { ROLE_LABELS, STAFF_ROLES } from "@/lib/staff/roles";

import { requireStaff } from "../../_lib/staff-session";
import { approveStaffMemberAction, createStaffMemberAction, disableStaffMemberAction, enableStaffMemberAction, resetStaffMemberAction } from "./actions";

export const metadata: Metadata = { title: "Staff accounts" };

const DONE: Record<string, string> = {
  disabled: "Account disabled and signed out everywhere.",
  enabled: "Account enabled. It signs in with the password it had.",
  approved: "Account approved. It can sign in now.",
};

function statusOf(member: StaffMember, emailOf: (id: string | null) => string): string {
  if (member.banned) return "Disabled";
  if (member.awaitingApproval) return `Waiting for a second admin's approval (asked for by ${emailOf(member.approvalRequestedBy)})`;
  if (member.mustChangePassword) return "Active: temporary password not changed yet";
  return "Active";
}

export default async function StaffMembersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const me = await requireStaff("staff:manage", "staff accounts");
  const params = await searchParams;
  const members = await listStaffMembers();
  const emails = new Map(members.map((m) => [m.id, m.email]));
  const emailOf = (id: string | null) => (id ? (emails.get(id) ?? id) : "unknown");
  const done = Object.keys(DONE).find((key) => params[key]);
  return (
    <>
      <h1>Staff accounts</h1>
      {done ? <div className="nhsuk-inset-text" role="status"><p>{DONE[done]}</p></div> : null}
      <p>A new or reset supervisor or admin account signs in only after a second admin approves it.</p>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Staff accounts</caption>
        <thead className="nhsuk-table__head"><tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">Name</th><th scope="col" className="nhsuk-table__header">Email</th>
          <th scope="col" className="nhsuk-table__header">Role</th><th scope="col" className="nhsuk-table__header">Authenticator</th>
          <th scope="col" className="nhsuk-table__header">Status</th><th scope="col" className="nhsuk-table__header">Actions</th>
        </tr></thead>
        <tbody className="nhsuk-table__body">
          {members.map((m) => (
            <tr className="nhsuk-table__row" key={m.id}>
              <td className="nhsuk-table__cell">{m.name}</td>
              <td className="nhsuk-table__cell">{m.email}</td>
              <td className="nhsuk-table__cell">{ROLE_LABELS[m.role]}</td>
              <td className="nhsuk-table__cell">{m.isSingleSignOn ? "Organisation account" : m.twoFactorEnabled ? "Set up" : "Not yet set up"}</td>
              <td className="nhsuk-table__cell">{m.id === me.id ? "Active (you)" : statusOf(m, emailOf)}</td>
              <td className="nhsuk-table__cell">
                {m.id === me.id ? null : (
                  <>
                    {m.awaitingApproval && m.approvalRequestedBy !== me.id ? (
                      <ActionButton action={approveStaffMemberAction} fields={{ id: m.id }} label="Approve" hiddenLabel={m.email} variant="primary" />
                    ) : null}
                    {m.isSingleSignOn ? null : (
                      <ActionButton action={resetStaffMemberAction} fields={{ id: m.id }} label="Reset password and authenticator" hiddenLabel={`for ${m.email}`} />
                    )}
                    {m.banned ? (
                      <ActionButton action={enableStaffMemberAction} fields={{ id: m.id }} label="Re-enable" hiddenLabel={m.email} />
                    ) : (
                      <ActionButton action={disableStaffMemberAction} fields={{ id: m.id }} label="Disable" hiddenLabel={m.email} variant="warning"
                        confirm={`Disable ${m.email}? They are signed out at once and cannot sign in until an admin re-enables the account.`} />
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="nhsuk-grid-row"><div className="nhsuk-grid-column-two-thirds">
        <h2>Create an account</h2>
        <p>A temporary password is made for the account and shown once. They choose their own at first sign-in.</p>
        <ActionForm id="create-staff" action={createStaffMemberAction} submitLabel="Create account"
          fields={[
            { kind: "text", name: "name", label: "Full name" },
            { kind: "text", name: "email", label: "Work email address", type: "email" },
            { kind: "radios", name: "role", legend: "Role", options: STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })) },
          ]} />
      </div></div>
    </>
  );
}
