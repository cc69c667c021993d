import { describe, expect, it } from "vitest";
import { createApiClient } from "@/lib/api/manage-api-clients";
import { changeDecisionStatus } from "@/lib/consent/change-decision-status";
import { recordDecision } from "@/lib/consent/record-decision";
import { isAppError } from "@/lib/errors";
import { organisationSchema } from "@/lib/organisations/manage-organisations";
import { recordTracedNhsNumber } from "@/lib/tracing/record-traced-nhs-number";
import { decisionDetails, STAFF } from "../support/factories";
import { expectNothingWritten, privateDatabaseFor } from "./support";

// Known bugs found by fuzzing, in code this helper does not own: staff free
// text that reaches PostgreSQL unchecked. A NUL fails the insert ("invalid
// byte sequence for encoding UTF8: 0x00"), so staff get an error page rather
// than a message. Each is it.fails until its owner refuses such text with a
// VALIDATION_FAILED message (lib/validation/decision.ts exports
// hasNoHiddenCharacters for that); then turn it into a plain `it`.

const database = privateDatabaseFor("fuzz_staff_text");

async function refusal(work: () => Promise<unknown>) {
  return expectNothingWritten(database, () => work().then(() => null, (e: unknown) => e));
}

describe("staff input the register takes unchecked (known bugs)", () => {
  it.fails("an API client's name (lib/api/manage-api-clients.ts)", async () => {
    const error = await refusal(() => createApiClient({ name: "Record service\u0000", by: STAFF }));
    expect(isAppError(error) && error.code).toBe("VALIDATION_FAILED");
  });

  it.fails("the reason a decision is withdrawn (lib/consent/change-decision-status.ts)", async () => {
    const decision = await recordDecision({ details: decisionDetails(), recordedBy: STAFF });
    const error = await refusal(() => changeDecisionStatus({ decisionId: decision.id, status: "WITHDRAWN", reason: "Keyed in error\u0000", by: STAFF }));
    expect(isAppError(error) && error.code).toBe("VALIDATION_FAILED");
  });

  it.fails("an organisation's name (lib/organisations/manage-organisations.ts organisationSchema)", async () => {
    const parsed = organisationSchema.safeParse({ name: "Practice\u0000", odsCode: "F83999", type: "GP_PRACTICE", borough: "CAMDEN", joinedOn: "2020-01-01" });
    expect(parsed.success).toBe(false);
  });

  it.fails("tracing with a blank NHS number is refused (lib/tracing/record-traced-nhs-number.ts records an untraced correction instead)", async () => {
    const untraced = await recordDecision({ details: decisionDetails({ nhsNumber: undefined, channel: "PAPER" }), recordedBy: STAFF });
    const error = await refusal(() => recordTracedNhsNumber({ decisionId: untraced.id, nhsNumber: " ", by: STAFF }));
    expect(isAppError(error) && error.code).toBe("VALIDATION_FAILED");
  });
});
