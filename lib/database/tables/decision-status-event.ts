import type { DecisionStatusEventModel } from "../../generated/prisma/models/DecisionStatusEvent";
import { defineTable } from "./table";

export const DECISION_STATUS_EVENT = defineTable<DecisionStatusEventModel>()("decision_status_event", "DecisionStatusEvent", {
  id: "id",
  decisionId: "decision_id",
  status: "status",
  reason: "reason",
  changedAt: "changed_at",
  byKind: "by_kind",
  byId: "by_id",
});
