"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { findPossibleDuplicates, keyDecision } from "@/lib/keying/key-decision";
import { KEYING_DEFAULTS_COOKIE, keyingDefaultsFrom } from "@/lib/keying/keying-defaults";
import { expandDayAndMonth } from "@/lib/keying/short-dates";
import { CHANNEL_LABELS } from "@/lib/staff/labels";
import { formatDecidedAt } from "@/lib/content/dates";
import { KEYED_FORM_FIELDS, keyedDecisionSchema, keyedFieldFor, readKeyedDecisionForm, type KeyedFormField } from "@/lib/validation/keyed-decision";

import { staffAction } from "../../_lib/staff-action";
import { STAFF_ROUTES } from "../../_lib/staff-session";

const keyedFormSchema = z
  .record(z.string(), z.string())
  .transform((form) => ({
    // The date on the form and the date received may be typed as the day and month alone (lib/keying/short-dates.ts).
    keyed: readKeyedDecisionForm({ ...form, decidedOn: expandDayAndMonth(form.decidedOn ?? ""), receivedOn: expandDayAndMonth(form.receivedOn ?? "") } as Record<KeyedFormField, string>),
    isDuplicateConfirmed: form.confirmDuplicate === "yes",
    autoAdvance: form.autoAdvance === "yes",
  }))
  .pipe(z.object({ keyed: keyedDecisionSchema, isDuplicateConfirmed: z.boolean(), autoAdvance: z.boolean() }));

/** The keyed form's fields, and the keyer's own "move on by itself" choice. */
const KEYING_FORM_FIELDS = [...KEYED_FORM_FIELDS, "autoAdvance"] as const;

export const keyDecisionAction = staffAction(
  // Issues are reported on the keyed decision's paths ("keyed.decidedAt"), shown on the form's fields.
  { permission: "decision:key", what: "key in a decision", fields: KEYING_FORM_FIELDS, schema: keyedFormSchema, fieldFor: (path) => keyedFieldFor(path.replace(/^keyed\./, "").split(".")[0]!), keepDraftAt: STAFF_ROUTES.key },
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
    (await cookies()).set(KEYING_DEFAULTS_COOKIE, keyingDefaultsFrom({ ...input.keyed, isSigned: input.keyed.isSigned, language: input.keyed.language, autoAdvance: input.autoAdvance }), {
      httpOnly: true, sameSite: "strict", secure: process.env.NODE_ENV === "production", path: STAFF_ROUTES.key,
    });
    redirect(`${STAFF_ROUTES.key}?recorded=${reference}`);
  },
);
