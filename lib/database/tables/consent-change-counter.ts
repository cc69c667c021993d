import type { ConsentChangeCounterModel } from "../../generated/prisma/models/ConsentChangeCounter";
import { defineTable } from "./table";

/** One row (id 1): the change feed's last number, taken once, last, by every writer (ADR 004). */
export const CONSENT_CHANGE_COUNTER = defineTable<ConsentChangeCounterModel>()("consent_change_counter", "ConsentChangeCounter", {
  id: "id",
  lastSeq: "last_seq",
});
