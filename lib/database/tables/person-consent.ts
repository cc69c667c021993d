import type { PersonConsentModel } from "../../generated/prisma/models/PersonConsent";
import { defineTable } from "./table";

export const PERSON_CONSENT = defineTable<PersonConsentModel>()("person_consent", "PersonConsent", {
  nhsNumber: "nhs_number",
  status: "status",
  decisionId: "decision_id",
  decidedAt: "decided_at",
  channel: "channel",
  seq: "seq",
  updatedAt: "updated_at",
});
