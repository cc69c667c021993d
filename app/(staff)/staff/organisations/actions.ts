"use server";

import { redirect } from "next/navigation";

import type { StaffFormState } from "@/components/staff/action-form";
import { addOrganisation, editOrganisation, endOrganisation, organisationSchema } from "@/lib/organisations/manage-organisations";
import { normaliseDateInput } from "@/lib/validation/keyed-decision";

import { formErrorFrom } from "../../_lib/action-errors";
import { requireStaff, STAFF_ROUTES } from "../../_lib/staff-session";

const FIELDS = ["name", "odsCode", "type", "borough", "joinedOn"] as const;

function read(formData: FormData) {
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? "")]));
  const parsed = organisationSchema.safeParse({ ...values, joinedOn: normaliseDateInput(values.joinedOn ?? "") });
  if (parsed.success) return { values, data: parsed.data, errors: null };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= String(issue.path[0]) === "joinedOn" ? "Enter the date it joined, like 01/04/2026" : issue.message;
  return { values, data: null, errors };
}

export async function addOrganisationAction(_state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff("organisations:manage", "add an organisation");
  const { values, data, errors } = read(formData);
  if (!data) return { values, errors: errors! };
  try {
    await addOrganisation({ organisation: data, by: staff.actor });
  } catch (error) {
    return formErrorFrom(error, values);
  }
  redirect(`${STAFF_ROUTES.organisations}?saved=${encodeURIComponent(data.name)}`);
}

export async function editOrganisationAction(_state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff("organisations:manage", "edit an organisation");
  const { values, data, errors } = read(formData);
  if (!data) return { values, errors: errors! };
  try {
    await editOrganisation({ id: String(formData.get("id") ?? ""), organisation: data, by: staff.actor });
  } catch (error) {
    return formErrorFrom(error, values);
  }
  redirect(`${STAFF_ROUTES.organisations}?saved=${encodeURIComponent(data.name)}`);
}

export async function endOrganisationAction(_state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff("organisations:manage", "end an organisation");
  const values = { leftOn: String(formData.get("leftOn") ?? "") };
  try {
    await endOrganisation({ id: String(formData.get("id") ?? ""), leftOn: normaliseDateInput(values.leftOn), by: staff.actor });
  } catch (error) {
    return formErrorFrom(error, values);
  }
  redirect(`${STAFF_ROUTES.organisations}?ended=1`);
}
