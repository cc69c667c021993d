"use server";

import { redirect } from "next/navigation";

import type { StaffFormState } from "@/components/staff/action-form";
import { recordTracedNhsNumber } from "@/lib/tracing/record-traced-nhs-number";
import { nhsNumberSchema } from "@/lib/validation/decision";

import { formErrorFrom } from "../../_lib/action-errors";
import { requireStaff, STAFF_ROUTES } from "../../_lib/staff-session";

export async function recordTracedNhsNumberAction(_state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff("tracing:record", "record a traced NHS number");
  const decisionId = String(formData.get("decisionId") ?? "");
  const values = { nhsNumber: String(formData.get("nhsNumber") ?? "") };
  const parsed = nhsNumberSchema.safeParse(values.nhsNumber);
  if (!parsed.success) return { values, errors: { nhsNumber: parsed.error.issues[0]!.message } };
  let reference: string;
  try {
    const recorded = await recordTracedNhsNumber({ decisionId, nhsNumber: parsed.data, by: staff.actor });
    reference = recorded.reference;
  } catch (error) {
    return formErrorFrom(error, values);
  }
  redirect(`${STAFF_ROUTES.tracing}?traced=${reference}`);
}
