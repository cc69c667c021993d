import { describe, expect, it } from "vitest";
import { changeDecisionStatus } from "@/lib/consent/change-decision-status";
import { getConsentStatus } from "@/lib/consent/get-consent-status";
import { recordDecision } from "@/tests/support/record-test-decision";
import { getDb } from "@/lib/db";
import { decisionDetails, minutesAfter, RESIDENT, STAFF, uniqueNhsNumber } from "../support/factories";

const T0 = "2026-07-01T09:00:00Z";

describe("the opt-in rule", () => {
  it("makes an opt-in reversing an opt-out effective at once from the same proved email", async () => {
    const nhsNumber = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber, contactEmail: "same@example.org", decidedAt: T0 }), recordedBy: RESIDENT });
    const optIn = await recordDecision({
      details: decisionDetails({ nhsNumber, choice: "OPT_IN", contactEmail: "SAME@example.org", decidedAt: minutesAfter(T0, 10) }),
      recordedBy: RESIDENT,
    });
    expect(optIn.status).toBe("EFFECTIVE");
    expect((await getConsentStatus({ nhsNumber })).status).toBe("participating");
  });

  it("holds an opt-in from a different email, or none, for review", async () => {
    for (const contactEmail of ["other@example.org", undefined]) {
      const nhsNumber = uniqueNhsNumber();
      await recordDecision({ details: decisionDetails({ nhsNumber, contactEmail: "first@example.org", decidedAt: T0 }), recordedBy: RESIDENT });
      const optIn = await recordDecision({
        details: decisionDetails({ nhsNumber, choice: "OPT_IN", contactEmail, channel: contactEmail ? "ONLINE" : "PAPER", decidedAt: minutesAfter(T0, 10) }),
        recordedBy: contactEmail ? RESIDENT : STAFF,
      });
      expect(optIn.status).toBe("AWAITING_REVIEW");
      expect((await getConsentStatus({ nhsNumber })).status).toBe("opted-out");
    }
  });

  it("makes an opt-in effective when there is no opt-out to reverse", async () => {
    const optIn = await recordDecision({ details: decisionDetails({ choice: "OPT_IN" }), recordedBy: RESIDENT });
    expect(optIn.status).toBe("EFFECTIVE");
  });
});

describe("corrections", () => {
  it("replace the corrected decision only while the correction is effective", async () => {
    const nhsNumber = uniqueNhsNumber();
    const original = await recordDecision({ details: decisionDetails({ nhsNumber, channel: "PHONE", decidedAt: T0 }), recordedBy: STAFF });
    // Keyed as an opt-in by mistake, then corrected back: withdrawing the correction restores the original.
    const correction = await recordDecision({
      details: decisionDetails({ nhsNumber, choice: "OPT_IN", channel: "PHONE", decidedAt: T0 }),
      correctsId: original.id,
      initialStatus: "EFFECTIVE",
      recordedBy: STAFF,
    });
    expect((await getConsentStatus({ nhsNumber })).status).toBe("participating");
    await changeDecisionStatus({ decisionId: correction.id, status: "WITHDRAWN", reason: "Correction keyed against the wrong form", by: STAFF });
    expect((await getConsentStatus({ nhsNumber })).status).toBe("opted-out");

    // With its correction withdrawn, the original can be corrected again.
    await recordDecision({ details: decisionDetails({ nhsNumber, channel: "PHONE", decidedAt: minutesAfter(T0, -5) }), correctsId: original.id, recordedBy: STAFF });
    expect((await getConsentStatus({ nhsNumber })).decidedAt).toEqual(minutesAfter(T0, -5));
  });

  it("cannot wait for review, and cannot correct a withdrawn decision", async () => {
    const original = await recordDecision({ details: decisionDetails({ channel: "PAPER" }), recordedBy: STAFF });
    await expect(
      recordDecision({ details: decisionDetails({ channel: "PAPER" }), correctsId: original.id, initialStatus: "AWAITING_REVIEW", recordedBy: STAFF }),
    ).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await changeDecisionStatus({ decisionId: original.id, status: "WITHDRAWN", reason: "Duplicate form", by: STAFF });
    await expect(recordDecision({ details: decisionDetails({ channel: "PAPER" }), correctsId: original.id, recordedBy: STAFF })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(recordDecision({ details: decisionDetails(), correctsId: "not-a-uuid", recordedBy: STAFF })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("staff actions racing each other", () => {
  it("never deadlock: concurrent withdrawals, acceptances and corrections for one person all land", async () => {
    const nhsNumber = uniqueNhsNumber();
    const decisions = [];
    for (let i = 0; i < 6; i++) {
      decisions.push(
        await recordDecision({
          details: decisionDetails({ nhsNumber, choice: i % 2 ? "OPT_IN" : "OPT_OUT", channel: "PAPER", decidedAt: minutesAfter(T0, i) }),
          initialStatus: i % 2 ? "AWAITING_REVIEW" : "EFFECTIVE",
          recordedBy: STAFF,
        }),
      );
    }
    const results = await Promise.allSettled([
      ...decisions.map((d, i) =>
        i % 2
          ? changeDecisionStatus({ decisionId: d.id, status: "EFFECTIVE", by: STAFF })
          : changeDecisionStatus({ decisionId: d.id, status: "WITHDRAWN", reason: "Evidence rejected", by: STAFF }),
      ),
      recordDecision({ details: decisionDetails({ nhsNumber, channel: "PAPER", decidedAt: minutesAfter(T0, 1) }), correctsId: decisions[1]!.id, recordedBy: STAFF }),
      recordDecision({ details: decisionDetails({ nhsNumber, channel: "PAPER", decidedAt: minutesAfter(T0, 3) }), correctsId: decisions[3]!.id, recordedBy: STAFF }),
    ]);
    // A correction racing a withdrawal of the same entry may lose with a clear
    // conflict; nothing may fail any other way.
    for (const result of results) {
      if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "CONFLICT" });
    }
    expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThanOrEqual(6);
    const state = await getDb().personConsent.findUniqueOrThrow({ where: { nhsNumber }, select: { seq: true } });
    const last = await getDb().consentChange.findFirstOrThrow({ where: { nhsNumber }, orderBy: { seq: "desc" }, select: { seq: true } });
    expect(state.seq).toBe(last.seq);
  });
});

describe("one transaction", () => {
  it("rolls back the decision and its audit event together when a later step fails", async () => {
    const db = getDb();
    const nhsNumber = uniqueNhsNumber();
    // Make the last step (writing the change feed) fail for this one person only.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION fail_change_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await db.$executeRawUnsafe(`
      CREATE TRIGGER fail_change_${nhsNumber} BEFORE INSERT ON consent_change
      FOR EACH ROW WHEN (NEW.nhs_number = '${nhsNumber}') EXECUTE FUNCTION fail_change_for_test()`);
    try {
      await expect(recordDecision({ details: decisionDetails({ nhsNumber }), recordedBy: RESIDENT })).rejects.toThrow(/injected failure/);
      expect(await db.decision.count({ where: { nhsNumber } })).toBe(0);
      expect(await db.auditEvent.count({ where: { nhsNumber } })).toBe(0);
      expect((await getConsentStatus({ nhsNumber })).status).toBe("participating");
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_change_${nhsNumber} ON consent_change`);
    }
    // Once the fault is gone, the same decision records normally.
    await recordDecision({ details: decisionDetails({ nhsNumber }), recordedBy: RESIDENT });
    expect(await db.auditEvent.count({ where: { nhsNumber } })).toBe(1);
  });
});
