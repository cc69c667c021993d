import type { ConsentChangeModel } from "../../generated/prisma/models/ConsentChange";
import { defineTable } from "./table";

export const CONSENT_CHANGE = defineTable<ConsentChangeModel>()("consent_change", "ConsentChange", {
  seq: "seq",
  nhsNumber: "nhs_number",
  status: "status",
  decisionId: "decision_id",
  decidedAt: "decided_at",
  channel: "channel",
  changedAt: "changed_at",
  withdrawalReason: "withdrawal_reason",
  withdrawnAt: "withdrawn_at",
});
