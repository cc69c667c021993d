import { describe, expect, it } from "vitest";

import { formatReferenceNumber } from "@/lib/consent/reference-number";
import { getDb } from "@/lib/db";
import { keyDecision } from "@/lib/keying/key-decision";
import { findDecisionByReference, parseReferenceInput } from "@/lib/people/find-decision-by-reference";
import { getDecisionForStaff } from "@/lib/people/get-decision-for-staff";
import { getPersonRecord } from "@/lib/people/get-person-record";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { recordTracedNhsNumber } from "@/lib/tracing/record-traced-nhs-number";
import { recordDecision } from "@/tests/support/record-test-decision";
import { keyedDecisionSchema, readKeyedDecisionForm, KEYED_FORM_FIELDS, type KeyedFormField } from "@/lib/validation/keyed-decision";

import { decisionDetails, STAFF, uniqueNhsNumber } from "../support/factories";

function keyedForm(overrides: Partial<Record<KeyedFormField, string>>) {
  const base = Object.fromEntries(KEYED_FORM_FIELDS.map((f) => [f, ""])) as Record<KeyedFormField, string>;
  return keyedDecisionSchema.parse(
    readKeyedDecisionForm({
      ...base, channel: "PAPER", receivedOn: "2026-06-10", formReference: `PF-${Math.random().toString(36).slice(2, 8)}`, isSigned: "yes",
      choice: "OPT_OUT", decidedOn: "2026-06-01", givenName: "Paper", familyName: `Traced-${Math.random().toString(36).slice(2, 8)}`,
      dateOfBirth: "1961-02-03", madeBy: "SELF", ...overrides,
    }),
  );
}

describe("a traced decision keeps its reference (issue 16 point 5)", () => {
  it("shows one card under the reference clicked, in effect, with the tracing in its history; an older decision is replaced", async () => {
    const nhsNumber = uniqueNhsNumber();
    // An earlier opt-in for the same person: it took effect, and is overtaken by the traced opt-out.
    const earlier = await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_IN", decidedAt: new Date("2026-03-01T09:00:00Z") }), recordedBy: STAFF });
    const keyed = await keyDecision({ keyed: keyedForm({}), by: STAFF });
    const traced = await recordTracedNhsNumber({ decisionId: keyed.id, nhsNumber, by: STAFF });
    expect(traced.tracedReference).toBe(keyed.reference);
    expect(traced.reference).not.toBe(keyed.reference);

    const person = await getPersonRecord({ nhsNumber, viewer: STAFF });
    // Both entries are kept (nothing edited or lost)...
    expect(person.decisions.map((d) => d.reference)).toEqual(expect.arrayContaining([keyed.reference, traced.reference, earlier.reference]));
    // ...but staff see two decisions: the traced one under its own reference, and the earlier one.
    expect(person.cards.map((c) => c.decision.reference)).toEqual([keyed.reference, earlier.reference]);
    expect(person.cards.map((c) => c.standing)).toEqual(["IN_EFFECT", "REPLACED"]);
    expect(person.cards[0]!.traced?.reference).toBe(traced.reference);
    expect(person.cards[0]!.counting.nhsNumber).toBe(nhsNumber);

    // Opened from the worklist (the original) or from the tracing entry: the same card.
    const fromOriginal = await getDecisionForStaff({ decisionId: keyed.id, viewer: STAFF });
    const fromTracing = await getDecisionForStaff({ decisionId: traced.id, viewer: STAFF });
    for (const view of [fromOriginal, fromTracing]) {
      expect(view?.card.decision.reference).toBe(keyed.reference);
      expect(view?.card.standing).toBe("IN_EFFECT");
      expect(view?.card.traced?.nhsNumber).toBe(nhsNumber);
    }
  });

  it("refuses to trace a decision twice, and says to which NHS number it was traced", async () => {
    const keyed = await keyDecision({ keyed: keyedForm({}), by: STAFF });
    const nhsNumber = uniqueNhsNumber();
    await recordTracedNhsNumber({ decisionId: keyed.id, nhsNumber, by: STAFF });
    const before = await getDb().decision.count({ where: { correctsId: keyed.id } });
    await expect(recordTracedNhsNumber({ decisionId: keyed.id, nhsNumber: uniqueNhsNumber(), by: STAFF })).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: expect.stringContaining("already been traced to NHS number"),
    });
    expect(await getDb().decision.count({ where: { correctsId: keyed.id } })).toBe(before);
  });

  it("a traced opt-in that would reverse an opt-out waits for review, and still cannot be traced again", async () => {
    const nhsNumber = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_OUT", decidedAt: new Date("2026-03-01T09:00:00Z") }), recordedBy: STAFF });
    const keyed = await keyDecision({ keyed: keyedForm({ choice: "OPT_IN" }), by: STAFF });
    const traced = await recordTracedNhsNumber({ decisionId: keyed.id, nhsNumber, by: STAFF });
    expect(traced.status).toBe("AWAITING_REVIEW");
    const view = await getDecisionForStaff({ decisionId: keyed.id, viewer: STAFF });
    expect(view?.card.standing).toBe("AWAITING_REVIEW");
    await expect(recordTracedNhsNumber({ decisionId: keyed.id, nhsNumber, by: STAFF })).rejects.toMatchObject({ code: "CONFLICT" });
    const person = await getPersonRecord({ nhsNumber, viewer: STAFF });
    expect(person.cards.map((c) => c.standing)).toEqual(["AWAITING_REVIEW", "IN_EFFECT"]);
    // The review list names it by the reference it was received with, and opens the entry to review.
    const queued = (await listReviewQueue()).find((item) => item.id === traced.id);
    expect(queued?.reference).toBe(keyed.reference);
  });
});

describe("finding a decision by reference", () => {
  it("accepts either format, any case, spaces and dashes, and audits the lookup found or not", async () => {
    const keyed = await keyDecision({ keyed: keyedForm({}), by: STAFF });
    for (const typed of [keyed.reference, formatReferenceNumber(keyed.reference).toLowerCase(), ` ${keyed.reference.slice(0, 3)} ${keyed.reference.slice(3)} `]) {
      const parsed = parseReferenceInput(typed);
      expect(parsed).toEqual({ ok: true, reference: keyed.reference });
    }
    const found = await findDecisionByReference({ reference: keyed.reference, viewer: STAFF });
    expect(found).toEqual({ decisionId: keyed.id, reference: keyed.reference });
    expect(await getDb().auditEvent.count({ where: { action: "decision.find", entityId: keyed.reference, actorId: STAFF.id } })).toBe(1);

    // A tracing entry's own reference opens the decision it traced.
    const tracedTo = uniqueNhsNumber();
    const traced = await recordTracedNhsNumber({ decisionId: keyed.id, nhsNumber: tracedTo, by: STAFF });
    expect(await findDecisionByReference({ reference: traced.reference, viewer: STAFF })).toEqual({ decisionId: keyed.id, reference: keyed.reference });
    // Found again by its original reference, the search is on the traced person's audit trail.
    await findDecisionByReference({ reference: keyed.reference, viewer: STAFF });
    const afterTracing = await getDb().auditEvent.findFirst({ where: { action: "decision.find", entityId: keyed.reference }, orderBy: { id: "desc" }, select: { nhsNumber: true } });
    expect(afterTracing?.nhsNumber).toBe(tracedTo);

    // A well-formed reference nobody has: nothing found, and the lookup is still on record.
    const unused = "22222222" + "2";
    const parsedUnused = parseReferenceInput(unused);
    expect(parsedUnused.ok).toBe(true);
    expect(await findDecisionByReference({ reference: unused, viewer: STAFF })).toBeNull();
    const audit = await getDb().auditEvent.findFirst({ where: { action: "decision.find", entityId: unused }, orderBy: { id: "desc" }, select: { details: true } });
    expect(audit?.details).toMatchObject({ found: false });
  });

  it("names what is wrong with a mistyped reference", () => {
    expect(parseReferenceInput("  ")).toMatchObject({ ok: false, message: expect.stringMatching(/^Enter the decision's reference/) });
    expect(parseReferenceInput("GSF5CNE5")).toMatchObject({ ok: false, message: expect.stringContaining("this has 8") });
    expect(parseReferenceInput("GSF5CNE5O")).toMatchObject({ ok: false, message: expect.stringContaining("never contains O") });
    // One character changed: the check character catches it.
    const good = "22222222" + "2";
    expect(parseReferenceInput(good).ok).toBe(true);
    expect(parseReferenceInput("22222223" + "2")).toMatchObject({ ok: false, message: expect.stringContaining("not a reference the register gives") });
  });
});
