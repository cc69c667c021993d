"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { findPossibleDuplicates, keyDecision } from "@/lib/keying/key-decision";
import { KEYING_DEFAULTS_COOKIE, keyingDefaultsFrom } from "@/lib/keying/keying-defaults";
import { CHANNEL_LABELS } from "@/lib/staff/labels";
import { formatDecidedAt } from "@/lib/content/dates";
import { KEYED_FORM_FIELDS, keyedDecisionSchema, keyedFieldFor, readKeyedDecisionForm, type KeyedFormField } from "@/lib/validation/keyed-decision";

import { staffAction } from "../../_lib/staff-action";
import { STAFF_ROUTES } from "../../_lib/staff-session";

const keyedFormSchema = z
  .record(z.string(), z.string())
  .transform((form) => ({ keyed: readKeyedDecisionForm(form as Record<KeyedFormField, string>), isDuplicateConfirmed: form.confirmDuplicate === "yes" }))
  .pipe(z.object({ keyed: keyedDecisionSchema, isDuplicateConfirmed: z.boolean() }));

export const keyDecisionAction = staffAction(
  // Issues are reported on the keyed decision's paths ("keyed.decidedAt"), shown on the form's fields.
  { permission: "decision:key", what: "key in a decision", fields: KEYED_FORM_FIELDS, schema: keyedFormSchema, fieldFor: (path) => keyedFieldFor(path.replace(/^keyed\./, "").split(".")[0]!) },
  async ({ input, staff, values }) => {
    if (!input.isDuplicateConfirmed) {
      const duplicates = await findPossibleDuplicates(input.keyed);
      if (duplicates.length > 0) {
        const list = duplicates.map((d) => `${d.reference} (${CHANNEL_LABELS[d.channel as keyof typeof CHANNEL_LABELS] ?? d.channel}, ${formatDecidedAt(d.decidedAt, d.channel)})`).join(", ");
        return {
          values,
          errors: { confirmDuplicate: `This person already has a decision of the same kind on the same date: ${list}. Check it is not the same decision, then tick the box to record it anyway.` },
        };
      }
    }
    const { reference } = await keyDecision({ keyed: input.keyed, by: staff.actor });
    // The next form in the tray most likely came the same way: remember how, for this sitting only.
    (await cookies()).set(KEYING_DEFAULTS_COOKIE, keyingDefaultsFrom({ ...input.keyed, isSigned: input.keyed.isSigned }), {
      httpOnly: true, sameSite: "strict", secure: process.env.NODE_ENV === "production", path: STAFF_ROUTES.key,
    });
    redirect(`${STAFF_ROUTES.key}?recorded=${reference}`);
  },
);
