"use server";

import { redirect } from "next/navigation";

import type { StaffFormState } from "@/components/staff/action-form";
import { createApiClient, revokeApiClient, type ApiScope } from "@/lib/api/manage-api-clients";

import { formErrorFrom } from "../../_lib/action-errors";
import { requireStaff, STAFF_ROUTES } from "../../_lib/staff-session";

export async function createApiClientAction(_state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff("api-clients:manage", "create an API client");
  const values = { name: String(formData.get("name") ?? ""), scopeRead: String(formData.get("scopeRead") ?? ""), scopeChanges: String(formData.get("scopeChanges") ?? "") };
  const scopes: ApiScope[] = [];
  if (values.scopeRead === "yes") scopes.push("consent:read");
  if (values.scopeChanges === "yes") scopes.push("consent:changes");
  const errors: Record<string, string> = {};
  if (!values.name.trim()) errors.name = "Enter the name of the record service";
  else if (values.name.trim().length > 200) errors.name = "The name must be 200 characters or fewer";
  if (scopes.length === 0) errors.scopeRead = "Select at least one thing the client may do";
  if (Object.keys(errors).length) return { values, errors };
  try {
    const client = await createApiClient({ name: values.name, scopes, by: staff.actor });
    // The key is in this response only: it is stored hashed and cannot be shown again.
    return {
      values: {},
      errors: {},
      notice: { heading: `Key for ${client.name}: copy it now, it will not be shown again`, lines: [client.key] },
    };
  } catch (error) {
    return formErrorFrom(error, values);
  }
}

export async function revokeApiClientAction(formData: FormData): Promise<void> {
  const staff = await requireStaff("api-clients:manage", "revoke an API client");
  await revokeApiClient({ id: String(formData.get("id") ?? ""), by: staff.actor }).catch(() => undefined);
  redirect(`${STAFF_ROUTES.apiClients}?revoked=1`);
}
