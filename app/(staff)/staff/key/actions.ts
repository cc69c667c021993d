"use server";

import { redirect } from "next/navigation";

import type { StaffFormState } from "@/components/staff/action-form";
import { findPossibleDuplicates, keyDecision } from "@/lib/keying/key-decision";
import { CHANNEL_LABELS } from "@/lib/staff/labels";
import { formatLondonDateTime } from "@/lib/content/dates";
import { KEYED_FORM_FIELDS, keyedDecisionSchema, keyedFieldFor, readKeyedDecisionForm, type KeyedFormField } from "@/lib/validation/keyed-decision";

import { formErrorFrom } from "../../_lib/action-errors";
import { requireStaff, STAFF_ROUTES } from "../../_lib/staff-session";

export async function keyDecisionAction(_state: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff("decision:key", "key in a decision");
  const values = Object.fromEntries(KEYED_FORM_FIELDS.map((f) => [f, String(formData.get(f) ?? "")])) as Record<KeyedFormField, string>;
  const parsed = keyedDecisionSchema.safeParse(readKeyedDecisionForm(values));
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[keyedFieldFor(String(issue.path[0] ?? "channel"))] ??= issue.message;
    return { values: { ...values, confirmDuplicate: "" }, errors };
  }
  if (values.confirmDuplicate !== "yes") {
    const duplicates = await findPossibleDuplicates(parsed.data);
    if (duplicates.length > 0) {
      const list = duplicates.map((d) => `${d.reference} (${CHANNEL_LABELS[d.channel as keyof typeof CHANNEL_LABELS] ?? d.channel}, ${formatLondonDateTime(d.decidedAt)})`).join(", ");
      return {
        values,
        errors: { confirmDuplicate: `This person already has a decision of the same kind on the same date: ${list}. Check it is not the same decision, then tick the box to record it anyway.` },
      };
    }
  }
  let reference: string;
  try {
    reference = (await keyDecision({ keyed: parsed.data, by: staff.actor })).reference;
  } catch (error) {
    return formErrorFrom(error, values);
  }
  redirect(`${STAFF_ROUTES.key}?recorded=${reference}`);
}
