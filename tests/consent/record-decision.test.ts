import { describe, expect, it } from "vitest";
import { changeDecisionStatus } from "@/lib/consent/change-decision-status";
import { getConsentStatus } from "@/lib/consent/get-consent-status";
import { recordDecision } from "@/tests/support/record-test-decision";
import { isValidReferenceNumber } from "@/lib/consent/reference-number";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { decisionDetails, minutesAfter, RESIDENT, STAFF, uniqueNhsNumber } from "../support/factories";

const T0 = "2026-06-01T09:00:00Z";

async function auditFor(nhsNumber: string) {
  return getDb().auditEvent.findMany({ where: { nhsNumber }, orderBy: { id: "asc" }, select: { action: true, actorKind: true, actorId: true, entityId: true, details: true } });
}

describe("recordDecision", () => {
  it("makes an opt-out effective at once, with a reference number and an audit event", async () => {
    const nhsNumber = uniqueNhsNumber();
    const recorded = await recordDecision({ details: decisionDetails({ nhsNumber }), recordedBy: RESIDENT });

    expect(isValidReferenceNumber(recorded.reference)).toBe(true);
    expect(recorded.consent).toEqual({ nhsNumber, status: "OPTED_OUT", decisionId: recorded.id });
    const answer = await getConsentStatus({ nhsNumber });
    expect(answer).toMatchObject({ status: "opted-out", shareable: false, source: "ONLINE" });
    expect(answer.decidedAt).toEqual(new Date(T0));
    const audit = await auditFor(nhsNumber);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "decision.record", actorKind: "RESIDENT", entityId: recorded.id });
  });

  it("answers participating for someone with no decision", async () => {
    expect(await getConsentStatus({ nhsNumber: uniqueNhsNumber() })).toMatchObject({
      status: "participating",
      shareable: true,
      decidedAt: null,
    });
  });

  it("keeps a newer decision current when an older one arrives later", async () => {
    const nhsNumber = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_IN", decidedAt: minutesAfter(T0, 60) }), recordedBy: RESIDENT });
    const late = await recordDecision({
      details: decisionDetails({ nhsNumber, choice: "OPT_OUT", channel: "CAREMYWAY_IMPORT", decidedAt: T0 }),
      recordedBy: STAFF,
    });
    // The older legacy opt-out is kept in the history but does not change the answer.
    expect(late.consent?.status).toBe("PARTICIPATING");
    expect((await getConsentStatus({ nhsNumber })).shareable).toBe(true);
    expect(await getDb().decision.count({ where: { nhsNumber } })).toBe(2);
  });

  it("lets a later opt-in reverse an opt-out", async () => {
    const nhsNumber = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber }), recordedBy: RESIDENT });
    await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_IN", decidedAt: minutesAfter(T0, 1) }), recordedBy: RESIDENT });
    expect(await getConsentStatus({ nhsNumber })).toMatchObject({ status: "participating", shareable: true });
  });

  it("does not count a decision awaiting review until it is accepted", async () => {
    const nhsNumber = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber }), recordedBy: RESIDENT });
    const optIn = await recordDecision({
      details: decisionDetails({ nhsNumber, choice: "OPT_IN", decidedAt: minutesAfter(T0, 5), contactEmail: "other@example.org" }),
      initialStatus: "AWAITING_REVIEW",
      recordedBy: RESIDENT,
    });
    expect(optIn.status).toBe("AWAITING_REVIEW");
    expect((await getConsentStatus({ nhsNumber })).status).toBe("opted-out");

    const accepted = await changeDecisionStatus({ decisionId: optIn.id, status: "EFFECTIVE", by: STAFF });
    expect(accepted).toMatchObject({ from: "AWAITING_REVIEW", to: "EFFECTIVE" });
    expect((await getConsentStatus({ nhsNumber })).status).toBe("participating");
  });

  it("withdraws a decision with a reason, restoring the earlier answer, and keeps both in history", async () => {
    const nhsNumber = uniqueNhsNumber();
    const proxy = await recordDecision({
      details: decisionDetails({ nhsNumber, madeBy: "PARENT_OR_GUARDIAN", proxyName: "Kim Test", proxyRelationship: "Mother" }),
      recordedBy: RESIDENT,
    });
    expect((await getConsentStatus({ nhsNumber })).status).toBe("opted-out");

    await changeDecisionStatus({ decisionId: proxy.id, status: "WITHDRAWN", reason: "No parental responsibility shown", by: STAFF });
    expect((await getConsentStatus({ nhsNumber })).status).toBe("participating");
    const events = await getDb().decisionStatusEvent.findMany({ where: { decisionId: proxy.id }, orderBy: { id: "asc" }, select: { status: true, reason: true } });
    expect(events).toEqual([
      { status: "EFFECTIVE", reason: null },
      { status: "WITHDRAWN", reason: "No parental responsibility shown" },
    ]);
    expect((await auditFor(nhsNumber)).map((a) => a.action)).toEqual(["decision.record", "decision.status.change"]);
  });

  it("refuses to withdraw without a reason or to revive a withdrawn decision", async () => {
    const recorded = await recordDecision({ details: decisionDetails(), recordedBy: RESIDENT });
    await expect(changeDecisionStatus({ decisionId: recorded.id, status: "WITHDRAWN", reason: "  ", by: STAFF })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await changeDecisionStatus({ decisionId: recorded.id, status: "WITHDRAWN", reason: "Keyed in error", by: STAFF });
    await expect(changeDecisionStatus({ decisionId: recorded.id, status: "EFFECTIVE", by: STAFF })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(changeDecisionStatus({ decisionId: "00000000-0000-0000-0000-000000000000", status: "EFFECTIVE", by: STAFF })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("records a correction as a new entry that replaces the one it corrects", async () => {
    // A paper decision without an NHS number, later traced: the correction
    // counts for the traced person from the original decision time.
    const nhsNumber = uniqueNhsNumber();
    const untraced = await recordDecision({ details: decisionDetails({ nhsNumber: undefined, channel: "PAPER" }), recordedBy: STAFF });
    expect(untraced.consent).toBeNull();
    const traced = await recordDecision({
      details: decisionDetails({ nhsNumber, channel: "PAPER" }),
      correctsId: untraced.id,
      recordedBy: STAFF,
    });
    expect(traced.consent?.status).toBe("OPTED_OUT");
    expect((await getConsentStatus({ nhsNumber })).decidedAt).toEqual(new Date(T0));
    const original = await getDb().decision.findUnique({ where: { id: untraced.id }, select: { nhsNumber: true, corrections: { select: { id: true } } } });
    expect(original).toEqual({ nhsNumber: null, corrections: [{ id: traced.id }] });

    await expect(
      recordDecision({ details: decisionDetails({ nhsNumber, channel: "PAPER" }), correctsId: untraced.id, recordedBy: STAFF }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("moves the answer when a correction changes the NHS number", async () => {
    const wrong = uniqueNhsNumber();
    const right = uniqueNhsNumber();
    const first = await recordDecision({ details: decisionDetails({ nhsNumber: wrong, channel: "PHONE" }), recordedBy: STAFF });
    await recordDecision({ details: decisionDetails({ nhsNumber: right, channel: "PHONE" }), correctsId: first.id, recordedBy: STAFF });
    expect((await getConsentStatus({ nhsNumber: wrong })).status).toBe("participating");
    expect((await getConsentStatus({ nhsNumber: right })).status).toBe("opted-out");
  });

  it("rejects bad input with field errors and writes nothing", async () => {
    const familyName = `Nobody-${Date.now()}`;
    const before = await getDb().auditEvent.count();
    const error = await recordDecision({
      details: decisionDetails({ familyName, nhsNumber: "943 476 5918", madeBy: "DEPUTY" }),
      recordedBy: RESIDENT,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION_FAILED");
    expect(Object.keys((error as AppError).details?.fieldErrors as object).sort()).toEqual(["nhsNumber"]);
    expect(await getDb().decision.count({ where: { familyName } })).toBe(0);
    expect(await getDb().auditEvent.count()).toBe(before);
  });
});

describe("recordDecision's onRecorded hook", () => {
  it("runs in the decision's transaction: its writes commit with it, and its failure rolls the decision back", async () => {
    const db = getDb();
    const nhsNumber = uniqueNhsNumber();
    const key = `test-hook:${nhsNumber}`;
    const recorded = await recordDecision({
      details: decisionDetails({ nhsNumber }),
      recordedBy: RESIDENT,
      onRecorded: async (tx, decision) => {
        await tx.emailOutbox.create({ data: { idempotencyKey: key, toAddress: "ada@example.org", subject: decision.reference, textBody: "x" }, select: { id: true } });
      },
    });
    expect(await db.emailOutbox.findUnique({ where: { idempotencyKey: key }, select: { subject: true } })).toEqual({ subject: recorded.reference });

    const other = uniqueNhsNumber();
    await expect(
      recordDecision({ details: decisionDetails({ nhsNumber: other }), recordedBy: RESIDENT, onRecorded: async () => Promise.reject(new Error("outbox refused")) }),
    ).rejects.toThrow(/outbox refused/);
    expect(await db.decision.count({ where: { nhsNumber: other } })).toBe(0);
    expect((await getConsentStatus({ nhsNumber: other })).status).toBe("participating");
  });
});
