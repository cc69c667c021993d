import { describe, expect, it } from "vitest";
import { createApiClient } from "@/lib/api/manage-api-clients";
import { changeDecisionStatus } from "@/lib/consent/change-decision-status";
import { recordDecision } from "@/tests/support/record-test-decision";
import { isAppError } from "@/lib/errors";
import { organisationSchema } from "@/lib/organisations/manage-organisations";
import { recordTracedNhsNumber } from "@/lib/tracing/record-traced-nhs-number";
import { decisionDetails, STAFF } from "../support/factories";
import { expectNothingWritten, privateDatabaseFor } from "./support";

// Bugs found by fuzzing: staff free text that reached PostgreSQL unchecked. A
// NUL failed the insert ("invalid byte sequence for encoding UTF8: 0x00"), so
// staff got an error page rather than a message. Each is now refused with a
// VALIDATION_FAILED message before anything is written.

const database = privateDatabaseFor("fuzz_staff_text");

async function refusal(work: () => Promise<unknown>) {
  return expectNothingWritten(database, () => work().then(() => null, (e: unknown) => e));
}

describe("staff free text with hidden characters is refused, and nothing is written", () => {
  it("an API client's name (lib/api/manage-api-clients.ts)", async () => {
    const error = await refusal(() => createApiClient({ name: "Record service\u0000", by: STAFF }));
    expect(isAppError(error) && error.code).toBe("VALIDATION_FAILED");
  });

  it("the reason a decision is withdrawn (lib/consent/change-decision-status.ts)", async () => {
    const decision = await recordDecision({ details: decisionDetails(), recordedBy: STAFF });
    const error = await refusal(() => changeDecisionStatus({ decisionId: decision.id, status: "WITHDRAWN", reason: "Keyed in error\u0000", by: STAFF }));
    expect(isAppError(error) && error.code).toBe("VALIDATION_FAILED");
  });

  it("an organisation's name (lib/organisations/manage-organisations.ts organisationSchema)", async () => {
    const parsed = organisationSchema.safeParse({ name: "Practice\u0000", odsCode: "F83999", type: "GP_PRACTICE", borough: "CAMDEN", joinedOn: "2020-01-01" });
    expect(parsed.success).toBe(false);
  });

  it("tracing with a blank NHS number is refused (it used to record an untraced correction)", async () => {
    const untraced = await recordDecision({ details: decisionDetails({ nhsNumber: undefined, channel: "PAPER" }), recordedBy: STAFF });
    const error = await refusal(() => recordTracedNhsNumber({ decisionId: untraced.id, nhsNumber: " ", by: STAFF }));
    expect(isAppError(error) && error.code).toBe("VALIDATION_FAILED");
  });
});
