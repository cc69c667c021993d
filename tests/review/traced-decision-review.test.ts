import { describe, expect, it } from "vitest";

import { formatReferenceNumber } from "@/lib/consent/reference-number";
import { getConsentStatus } from "@/lib/consent/get-consent-status";
import { getDb } from "@/lib/db";
import { keyDecision } from "@/lib/keying/key-decision";
import { acceptDecision, rejectDecision, returnToTracing, REVIEW_REFUSED_OWN_KEYING, REVIEW_RETURNED_TO_TRACING } from "@/lib/review/review-decision";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { listTracingWorklist } from "@/lib/tracing/list-tracing-worklist";
import { recordTracedNhsNumber } from "@/lib/tracing/record-traced-nhs-number";
import { keyedDecisionSchema, KEYED_FORM_FIELDS, readKeyedDecisionForm, type KeyedFormField } from "@/lib/validation/keyed-decision";
import { recordDecision } from "@/tests/support/record-test-decision";

import { decisionDetails, uniqueNhsNumber } from "../support/factories";

// Issue 16 point 5: after tracing, staff (and the person who made the decision) keep
// the reference the decision was received with. A keyed opt-in without an NHS number,
// traced to someone who had opted out, waits for review; whatever the review decides,
// the messages name that reference, never the tracing entry's own.

const KEYER = { kind: "STAFF", id: "staff-keyer" } as const;
const TRACER = { kind: "STAFF", id: "staff-tracer" } as const;
const REVIEWER = { kind: "STAFF", id: "staff-reviewer" } as const;

function keyedOptIn(overrides: Partial<Record<KeyedFormField, string>> = {}) {
  const base = Object.fromEntries(KEYED_FORM_FIELDS.map((f) => [f, ""])) as Record<KeyedFormField, string>;
  return keyedDecisionSchema.parse(
    readKeyedDecisionForm({
      ...base, channel: "PAPER", receivedOn: "2026-06-10", formReference: `PF-${Math.random().toString(36).slice(2, 8)}`, isSigned: "yes",
      choice: "OPT_IN", decidedOn: "2026-06-01", givenName: "Nadia", familyName: `Traced-${Math.random().toString(36).slice(2, 8)}`,
      dateOfBirth: "1970-05-17", madeBy: "SELF", ...overrides,
    }),
  );
}

/** An opt-out in effect for a person, then a paper opt-in for them keyed without an NHS number and traced: waiting for review. */
async function tracedOptInAwaitingReview(contactEmail?: string) {
  const nhsNumber = uniqueNhsNumber();
  await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_OUT", decidedAt: new Date("2026-03-01T09:00:00Z") }), recordedBy: KEYER });
  const keyed = await keyDecision({ keyed: keyedOptIn(contactEmail ? { contactEmail } : {}), by: KEYER });
  const traced = await recordTracedNhsNumber({ decisionId: keyed.id, nhsNumber, by: TRACER });
  expect(traced.status).toBe("AWAITING_REVIEW");
  expect(traced.reference).not.toBe(keyed.reference);
  return { nhsNumber, keyed, traced };
}

describe("reviewing a traced decision (issue 16 point 5)", () => {
  it("rejecting it names the reference it was received with, on screen and in the email to the person", async () => {
    const email = `traced-${Math.random().toString(36).slice(2, 10)}@example.org`;
    const { keyed, traced } = await tracedOptInAwaitingReview(email);
    // Reviewed from the queue, which lists it under the received reference and opens the tracing entry.
    const queued = (await listReviewQueue()).find((item) => item.id === traced.id);
    expect(queued?.reference).toBe(keyed.reference);

    const outcome = await rejectDecision({ decisionId: traced.id, reason: "We could not reach the person to confirm it", by: REVIEWER });
    expect(outcome.reference).toBe(keyed.reference);
    expect(outcome.emailQueued).toBe(true);

    const sent = await getDb().emailOutbox.findUnique({ where: { idempotencyKey: `decision-rejected:${traced.id}` }, select: { toAddress: true, subject: true, textBody: true } });
    expect(sent?.toAddress).toBe(email);
    // As the person read it on their confirmation: ABC-DEF-GHJ.
    expect(sent?.subject).toContain(formatReferenceNumber(keyed.reference));
    expect(sent?.textBody).toContain(`reference ${formatReferenceNumber(keyed.reference)}`);
    for (const text of [sent?.subject, sent?.textBody]) expect(text).not.toContain(formatReferenceNumber(traced.reference));

    // The audit keeps the entry it withdrew and says which decision it was received as.
    const audit = await getDb().auditEvent.findFirst({ where: { action: "review.reject", entityId: traced.id }, select: { details: true } });
    expect(audit?.details).toMatchObject({ reference: traced.reference, receivedAs: keyed.reference });
    // Nothing was lost: both entries are still there.
    expect(await getDb().decision.count({ where: { id: { in: [keyed.id, traced.id] } } })).toBe(2);
  });

  it("rejecting it rejects the decision as received: both entries are withdrawn, so it does not go back on the tracing worklist", async () => {
    const { nhsNumber, keyed, traced } = await tracedOptInAwaitingReview();
    expect((await listTracingWorklist()).map((item) => item.id)).not.toContain(keyed.id);
    await rejectDecision({ decisionId: traced.id, reason: "Not confirmed by the person", by: REVIEWER });
    const latest = async (decisionId: string) =>
      (await getDb().decisionStatusEvent.findFirst({ where: { decisionId }, orderBy: { id: "desc" }, select: { status: true, reason: true } }));
    expect(await latest(traced.id)).toEqual({ status: "WITHDRAWN", reason: "Not confirmed by the person" });
    expect(await latest(keyed.id)).toEqual({ status: "WITHDRAWN", reason: "Not confirmed by the person" });
    expect((await listTracingWorklist()).map((item) => item.id)).not.toContain(keyed.id);
    expect((await getConsentStatus({ nhsNumber })).status).toBe("opted-out");
  });

  it("sent back for tracing (traced to the wrong person): the tracing is withdrawn, the person keeps their own answer, nobody is emailed, and it can be traced again", async () => {
    const email = `wrong-${Math.random().toString(36).slice(2, 10)}@example.org`;
    const { nhsNumber, keyed, traced } = await tracedOptInAwaitingReview(email);
    // The confirmation of the keyed form went when it was keyed; sending it back for tracing sends nothing more.
    const emailsBefore = await getDb().emailOutbox.count({ where: { toAddress: email } });
    const outcome = await returnToTracing({ decisionId: traced.id, reason: "The date of birth on the form is not this person's", by: REVIEWER });
    expect(outcome).toMatchObject({ outcome: "returned-to-tracing", reference: keyed.reference, emailQueued: false });

    const tracing = await getDb().decisionStatusEvent.findFirst({ where: { decisionId: traced.id }, orderBy: { id: "desc" }, select: { status: true, reason: true } });
    expect(tracing).toEqual({ status: "WITHDRAWN", reason: "Traced to the wrong person: The date of birth on the form is not this person's" });
    expect((await getConsentStatus({ nhsNumber })).status).toBe("opted-out");
    expect((await listReviewQueue()).map((item) => item.id)).not.toContain(traced.id);
    expect((await listTracingWorklist()).map((item) => item.id)).toContain(keyed.id);
    expect(await getDb().emailOutbox.count({ where: { toAddress: email } })).toBe(emailsBefore);
    const audit = await getDb().auditEvent.findFirst({ where: { action: REVIEW_RETURNED_TO_TRACING, entityId: traced.id }, select: { details: true, actorId: true } });
    expect(audit).toMatchObject({ actorId: REVIEWER.id, details: { reference: traced.reference, receivedAs: keyed.reference } });

    // Traced again, to the right person (who had opted out too): back in the review queue under the same reference.
    const rightPerson = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber: rightPerson, choice: "OPT_OUT", decidedAt: new Date("2026-03-01T09:00:00Z") }), recordedBy: KEYER });
    const again = await recordTracedNhsNumber({ decisionId: keyed.id, nhsNumber: rightPerson, by: TRACER });
    expect(again.status).toBe("AWAITING_REVIEW");
    expect((await listReviewQueue()).find((item) => item.id === again.id)?.reference).toBe(keyed.reference);
  });

  it("only a traced decision can be sent back for tracing, and only with a reason", async () => {
    const nhsNumber = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_OUT", decidedAt: new Date("2026-03-01T09:00:00Z") }), recordedBy: KEYER });
    const keyed = await keyDecision({ keyed: keyedOptIn({ nhsNumber }), by: KEYER });
    await expect(returnToTracing({ decisionId: keyed.id, reason: "Wrong person", by: REVIEWER })).rejects.toMatchObject({ code: "CONFLICT", userMessage: expect.stringContaining("came with its NHS number") });
    const { traced } = await tracedOptInAwaitingReview();
    await expect(returnToTracing({ decisionId: traced.id, reason: "   ", by: REVIEWER })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    // Neither changed.
    for (const id of [keyed.id, traced.id]) {
      expect((await getDb().decisionStatusEvent.findFirst({ where: { decisionId: id }, orderBy: { id: "desc" }, select: { status: true } }))?.status).toBe("AWAITING_REVIEW");
    }
  });

  it("accepting it names the reference it was received with", async () => {
    const { keyed, traced } = await tracedOptInAwaitingReview();
    const outcome = await acceptDecision({ decisionId: traced.id, by: REVIEWER });
    expect(outcome).toMatchObject({ outcome: "accepted", reference: keyed.reference, decisionId: traced.id });
  });

  it("a decision that was never traced keeps its own reference", async () => {
    const nhsNumber = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_OUT", decidedAt: new Date("2026-03-01T09:00:00Z") }), recordedBy: KEYER });
    const keyed = await keyDecision({ keyed: keyedOptIn({ nhsNumber }), by: KEYER });
    expect(keyed.status).toBe("AWAITING_REVIEW");
    const outcome = await rejectDecision({ decisionId: keyed.id, reason: "Not confirmed", by: REVIEWER });
    expect(outcome.reference).toBe(keyed.reference);
    const audit = await getDb().auditEvent.findFirst({ where: { action: "review.reject", entityId: keyed.id }, select: { details: true } });
    expect(audit?.details).not.toHaveProperty("receivedAs");
  });

  it("the member of staff who keyed the opt-in cannot accept it after someone else traced it", async () => {
    const { keyed, traced } = await tracedOptInAwaitingReview();
    await expect(acceptDecision({ decisionId: traced.id, by: KEYER })).rejects.toMatchObject({
      code: "FORBIDDEN",
      userMessage: expect.stringContaining("You keyed this opt-in"),
    });
    expect(await getDb().auditEvent.count({ where: { entityId: traced.id, action: REVIEW_REFUSED_OWN_KEYING, actorId: KEYER.id } })).toBe(1);
    const refusal = await getDb().auditEvent.findFirst({ where: { entityId: traced.id, action: REVIEW_REFUSED_OWN_KEYING }, select: { details: true } });
    expect(refusal?.details).toMatchObject({ receivedAs: keyed.reference });
    // Still waiting for a second member of staff.
    expect((await listReviewQueue()).map((item) => item.id)).toContain(traced.id);
  });
});
