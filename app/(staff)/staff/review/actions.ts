"use server";

import { redirect } from "next/navigation";

import type { StaffFormState } from "@/components/staff/action-form";
import { acceptDecision, rejectDecision } from "@/lib/review/review-decision";

import { formErrorFrom } from "../../_lib/action-errors";
import { requireStaff, STAFF_ROUTES } from "../../_lib/staff-session";

export async function acceptDecisionAction(_state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff("review:decide", "accept a decision");
  let reference: string;
  try {
    reference = (await acceptDecision({ decisionId: String(formData.get("decisionId") ?? ""), by: staff.actor })).reference;
  } catch (error) {
    return formErrorFrom(error, {});
  }
  redirect(`${STAFF_ROUTES.review}?done=accepted&ref=${reference}`);
}

export async function rejectDecisionAction(_state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff("review:decide", "reject a decision");
  const values = { reason: String(formData.get("reason") ?? "") };
  if (!values.reason.trim()) return { values, errors: { reason: "Enter the reason the decision is not accepted. The person who made it is told this reason." } };
  if (values.reason.length > 1000) return { values, errors: { reason: "The reason must be 1000 characters or fewer" } };
  let reference: string;
  try {
    reference = (await rejectDecision({ decisionId: String(formData.get("decisionId") ?? ""), reason: values.reason, by: staff.actor })).reference;
  } catch (error) {
    return formErrorFrom(error, values);
  }
  redirect(`${STAFF_ROUTES.review}?done=rejected&ref=${reference}`);
}
