"use server";

import { redirect } from "next/navigation";

import type { StaffFormState } from "@/components/staff/action-form";
import { createStaffMember, disableStaffMember } from "@/lib/staff/manage-staff";
import { isStaffRole } from "@/lib/staff/roles";

import { formErrorFrom } from "../../_lib/action-errors";
import { requireStaff, STAFF_ROUTES } from "../../_lib/staff-session";

export async function createStaffMemberAction(_state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff("staff:manage", "create a staff account");
  const values = { email: String(formData.get("email") ?? ""), name: String(formData.get("name") ?? ""), role: String(formData.get("role") ?? "") };
  const password = String(formData.get("password") ?? "");
  if (!isStaffRole(values.role)) return { values, errors: { role: "Select a role" } };
  try {
    await createStaffMember({ ...values, role: values.role, password, by: staff.actor });
  } catch (error) {
    const state = formErrorFrom(error, values);
    if (state.formError?.includes("password")) return { values, errors: { password: state.formError } };
    if (state.formError?.includes("email")) return { values, errors: { email: state.formError } };
    if (state.formError?.includes("name")) return { values, errors: { name: state.formError } };
    return state;
  }
  redirect(`${STAFF_ROUTES.staffMembers}?created=${encodeURIComponent(values.email)}`);
}

export async function disableStaffMemberAction(formData: FormData): Promise<void> {
  const staff = await requireStaff("staff:manage", "disable a staff account");
  const id = String(formData.get("id") ?? "");
  if (id !== staff.id) await disableStaffMember({ id, by: staff.actor }).catch(() => undefined);
  redirect(`${STAFF_ROUTES.staffMembers}?disabled=1`);
}
