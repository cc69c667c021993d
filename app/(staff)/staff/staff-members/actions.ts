"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { approveStaffMember, createStaffMemberWithTemporaryPassword, disableStaffMember, enableStaffMember, resetStaffMember } from "@/lib/staff/manage-staff";
import { ROLE_LABELS, STAFF_ROLES } from "@/lib/staff/roles";

import { staffAction } from "../../_lib/staff-action";
import { STAFF_ROUTES } from "../../_lib/staff-session";

// Every refusal from lib/staff/manage-staff.ts is an AppError that names its
// field or says what went wrong; the wrapper shows it. Nothing here guesses
// from message text, and no failure is followed by a success message.

const createSchema = z.object({
  name: z.string().trim().min(1, "Enter the staff member's name").max(200, "The name must be 200 characters or fewer"),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter an email address in the correct format, like name@example.org")),
  role: z.enum(STAFF_ROLES, { error: "Select a role" }),
});

export const createStaffMemberAction = staffAction(
  { permission: "staff:manage", what: "create a staff account", fields: ["name", "email", "role"], schema: createSchema },
  async ({ input, staff }) => {
    const { member, temporaryPassword } = await createStaffMemberWithTemporaryPassword({ name: input.name, email: input.email, role: input.role, by: staff.actor });
    return {
      values: {},
      errors: {},
      notice: {
        heading: `Account created for ${member.email} (${ROLE_LABELS[member.role]}). Temporary password, shown only now:`,
        lines: [
          temporaryPassword,
          "Give it to them in person. At first sign-in they choose their own password and set up their authenticator app.",
          ...(member.awaitingApproval ? ["A second admin must approve this account before it can sign in."] : []),
        ],
      },
    };
  },
);

const memberId = z.object({ id: z.string().min(1, "Choose the staff account") });

export const disableStaffMemberAction = staffAction(
  { permission: "staff:manage", what: "disable a staff account", fields: ["id"], schema: memberId },
  async ({ input, staff }) => {
    await disableStaffMember({ id: input.id, by: staff.actor });
    redirect(`${STAFF_ROUTES.staffMembers}?disabled=1`);
  },
);

export const enableStaffMemberAction = staffAction(
  { permission: "staff:manage", what: "re-enable a staff account", fields: ["id"], schema: memberId },
  async ({ input, staff }) => {
    await enableStaffMember({ id: input.id, by: staff.actor });
    redirect(`${STAFF_ROUTES.staffMembers}?enabled=1`);
  },
);

/** Forgotten password or lost phone: a new temporary password, shown once, and the authenticator set up again. */
export const resetStaffMemberAction = staffAction(
  { permission: "staff:manage", what: "reset a staff account", fields: ["id"], schema: memberId },
  async ({ input, staff }) => {
    const reset = await resetStaffMember({ id: input.id, by: staff.actor });
    return {
      values: {},
      errors: {},
      notice: {
        heading: `New temporary password for ${reset.email}, shown only now:`,
        lines: [
          reset.temporaryPassword,
          "They choose their own password and set up their authenticator app again at next sign-in.",
          ...(reset.awaitingApproval ? ["A second admin must approve the account again before it can sign in."] : []),
        ],
      },
    };
  },
);

export const approveStaffMemberAction = staffAction(
  { permission: "staff:manage", what: "approve a staff account", fields: ["id"], schema: memberId },
  async ({ input, staff }) => {
    await approveStaffMember({ id: input.id, by: staff.actor });
    redirect(`${STAFF_ROUTES.staffMembers}?approved=1`);
  },
);
