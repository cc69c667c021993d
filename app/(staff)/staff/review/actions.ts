"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { acceptDecision, rejectDecision, returnToTracing } from "@/lib/review/review-decision";

import { decisionPagePath } from "../../_lib/form-draft";
import { staffAction } from "../../_lib/staff-action";
import { STAFF_ROUTES } from "../../_lib/staff-session";

const decisionId = z.string().min(1, "Choose the decision to review");
// Sent after the session ended: kept, and given back on the decision's review page after sign-in.
const keepDraftAt = (fields: Readonly<Record<string, string>>) => decisionPagePath(STAFF_ROUTES.review, fields.decisionId);

export const acceptDecisionAction = staffAction(
  { permission: "review:decide", what: "accept a decision", fields: ["decisionId"], schema: z.object({ decisionId }), keepDraftAt },
  async ({ input, staff }) => {
    // The reference the decision was received with, also after tracing (docs/decisions/025).
    const { reference } = await acceptDecision({ decisionId: input.decisionId, by: staff.actor });
    redirect(`${STAFF_ROUTES.review}?done=accepted&ref=${reference}`);
  },
);

const rejectSchema = z.object({
  decisionId,
  reason: z
    .string()
    .refine((v) => v.trim().length > 0, "Enter the reason the decision is not accepted. The person who made it is told this reason.")
    .refine((v) => v.length <= 1000, "The reason must be 1000 characters or fewer"),
});

export const rejectDecisionAction = staffAction(
  { permission: "review:decide", what: "reject a decision", fields: ["decisionId", "reason"], schema: rejectSchema, keepDraftAt },
  async ({ input, staff }) => {
    const { reference, emailQueued } = await rejectDecision({ decisionId: input.decisionId, reason: input.reason, by: staff.actor });
    redirect(`${STAFF_ROUTES.review}?done=rejected&ref=${reference}&emailed=${emailQueued ? "yes" : "no"}`);
  },
);

const returnSchema = z.object({
  decisionId,
  returnReason: z
    .string()
    .refine((v) => v.trim().length > 0, "Enter why the decision was traced to the wrong person")
    .refine((v) => v.length <= 1000, "The reason must be 1000 characters or fewer"),
});

export const returnToTracingAction = staffAction(
  { permission: "review:decide", what: "send a decision back for tracing", fields: ["decisionId", "returnReason"], schema: returnSchema, keepDraftAt },
  async ({ input, staff }) => {
    const { reference } = await returnToTracing({ decisionId: input.decisionId, reason: input.returnReason, by: staff.actor });
    redirect(`${STAFF_ROUTES.review}?done=returned&ref=${reference}`);
  },
);
