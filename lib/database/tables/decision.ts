import type { DecisionModel } from "../../generated/prisma/models/Decision";
import { defineTable } from "./table";

export const DECISION = defineTable<DecisionModel>()("decision", "Decision", {
  id: "id",
  reference: "reference",
  nhsNumber: "nhs_number",
  givenName: "given_name",
  familyName: "family_name",
  dateOfBirth: "date_of_birth",
  postcode: "postcode",
  gpPracticeOds: "gp_practice_ods",
  choice: "choice",
  madeBy: "made_by",
  proxyName: "proxy_name",
  proxyRelationship: "proxy_relationship",
  channel: "channel",
  contactEmail: "contact_email",
  decidedAt: "decided_at",
  recordedAt: "recorded_at",
  recordedByKind: "recorded_by_kind",
  recordedById: "recorded_by_id",
  sourceReference: "source_reference",
  importRunId: "import_run_id",
  sourceRow: "source_row",
  sourceCode: "source_code",
  correctsId: "corrects_id",
});
