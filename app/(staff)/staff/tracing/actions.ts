"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { recordTracedNhsNumber } from "@/lib/tracing/record-traced-nhs-number";
import { nhsNumberSchema } from "@/lib/validation/decision";

import { decisionPagePath } from "../../_lib/form-draft";
import { staffAction } from "../../_lib/staff-action";
import { STAFF_ROUTES } from "../../_lib/staff-session";

export const recordTracedNhsNumberAction = staffAction(
  {
    permission: "tracing:record",
    what: "record a traced NHS number",
    fields: ["decisionId", "nhsNumber"],
    schema: z.object({ decisionId: z.string().min(1, "Choose the decision to trace"), nhsNumber: nhsNumberSchema }),
    // Sent after the session ended: kept, and given back on the decision's tracing page after sign-in.
    keepDraftAt: (fields) => decisionPagePath(STAFF_ROUTES.tracing, fields.decisionId),
  },
  async ({ input, staff }) => {
    const traced = await recordTracedNhsNumber({ decisionId: input.decisionId, nhsNumber: input.nhsNumber, by: staff.actor });
    // The confirmation names the decision by the reference the caseworker clicked, not the tracing entry's own.
    const outcome = new URLSearchParams({ traced: traced.tracedReference, nhsNumber: input.nhsNumber, status: traced.status === "EFFECTIVE" ? "in-effect" : "review" });
    redirect(`${STAFF_ROUTES.tracing}?${outcome}`);
  },
);
