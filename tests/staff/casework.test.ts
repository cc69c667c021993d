import { describe, expect, it } from "vitest";
import { recordDecision } from "@/tests/support/record-test-decision";
import { getDecisionReport } from "@/lib/reports/get-decision-report";
import { getEvidenceSummary, readEvidenceFile } from "@/lib/review/decision-evidence";
import { getConsentStatus } from "@/lib/consent/get-consent-status";
import { getDb } from "@/lib/db";
import { findPossibleDuplicates, keyDecision } from "@/lib/keying/key-decision";
import { describeKeyedOutcome } from "@/lib/keying/keyed-outcome";
import { getPersonRecord } from "@/lib/people/get-person-record";
import { searchPeopleByNameAndBirth } from "@/lib/people/search-people";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { acceptDecision, rejectDecision } from "@/lib/review/review-decision";
import { recordForbiddenAttempt } from "@/lib/staff/record-forbidden-attempt";
import { listTracingWorklist } from "@/lib/tracing/list-tracing-worklist";
import { recordTracedNhsNumber } from "@/lib/tracing/record-traced-nhs-number";
import { keyedDecisionSchema, readKeyedDecisionForm, KEYED_FORM_FIELDS, type KeyedFormField } from "@/lib/validation/keyed-decision";
import { decisionDetails, uniqueNhsNumber, STAFF } from "../support/factories";

function keyedForm(overrides: Partial<Record<KeyedFormField, string>>) {
  const base = Object.fromEntries(KEYED_FORM_FIELDS.map((f) => [f, ""])) as Record<KeyedFormField, string>;
  return keyedDecisionSchema.parse(
    readKeyedDecisionForm({
      ...base, channel: "PAPER", receivedOn: "2026-06-10", formReference: `PF-${Math.random().toString(36).slice(2, 8)}`, isSigned: "yes",
      choice: "OPT_OUT", decidedOn: "2026-06-01", givenName: "Paper", familyName: `Keyed-${Math.random().toString(36).slice(2, 8)}`,
      dateOfBirth: "1961-02-03", madeBy: "SELF", ...overrides,
    }),
  );
}

describe("keying, tracing and the person view", () => {
  it("keys a paper opt-out without an NHS number, traces it, and the register answers opted out from the original time", async () => {
    const keyed = keyedForm({});
    const recorded = await keyDecision({ keyed, by: STAFF });
    expect(recorded.consent).toBeNull();
    expect(await describeKeyedOutcome(recorded.reference)).toMatch(/^The opt-out has no NHS number, so it is on the tracing worklist/);
    const worklist = await listTracingWorklist();
    expect(worklist.map((i) => i.id)).toContain(recorded.id);

    // Same person, same kind, same day: a possible duplicate.
    expect((await findPossibleDuplicates(keyed)).map((d) => d.id)).toEqual([recorded.id]);
    const extra = await getDb().keyedDecision.findUnique({ where: { decisionId: recorded.id }, select: { formReference: true, isSigned: true } });
    expect(extra).toEqual({ formReference: keyed.formReference, isSigned: true });

    const nhsNumber = uniqueNhsNumber();
    expect((await getConsentStatus({ nhsNumber })).status).toBe("participating");
    const traced = await recordTracedNhsNumber({ decisionId: recorded.id, nhsNumber, by: STAFF });
    const answer = await getConsentStatus({ nhsNumber });
    expect(answer.status).toBe("opted-out");
    expect(answer.decidedAt?.toISOString()).toBe("2026-06-01T12:00:00.000Z");
    expect((await listTracingWorklist()).map((i) => i.id)).not.toContain(recorded.id);

    const person = await getPersonRecord({ nhsNumber, viewer: STAFF });
    expect(person.decisions.map((d) => d.reference)).toEqual(expect.arrayContaining([recorded.reference, traced.reference]));
    expect(person.decisions.find((d) => d.id === traced.id)?.correctsReference).toBe(recorded.reference);
    const views = await getDb().auditEvent.count({ where: { action: "person.view", nhsNumber, actorId: STAFF.id } });
    expect(views).toBe(1);
  });

  it("finds people by name and date of birth, and audits the search", async () => {
    const details = decisionDetails({ familyName: `Findme-${Date.now()}` });
    await recordDecision({ details, recordedBy: STAFF });
    const matches = await searchPeopleByNameAndBirth({ familyName: details.familyName.toUpperCase(), dateOfBirth: "1970-05-17", viewer: STAFF });
    expect(matches).toEqual([expect.objectContaining({ nhsNumber: details.nhsNumber, decisions: 1 })]);
    expect(await getDb().auditEvent.count({ where: { action: "person.search", entityId: `${details.familyName.toLowerCase()}|1970-05-17` } })).toBe(1);
  });

  it("records a forbidden attempt", async () => {
    await recordForbiddenAttempt({ actor: { kind: "STAFF", id: "forbidden-tester" }, role: "caseworker", permission: "staff:manage", what: "create a staff account" });
    expect(await getDb().auditEvent.count({ where: { action: "access.forbidden", actorId: "forbidden-tester" } })).toBe(1);
  });
});

describe("review queue", () => {
  it("rejecting proxy evidence withdraws the decision, restores the register's answer and emails the proxy", async () => {
    const nhsNumber = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_IN", decidedAt: new Date("2026-05-01T09:00:00Z") }), recordedBy: STAFF });
    const proxy = await recordDecision({
      details: decisionDetails({
        nhsNumber, choice: "OPT_OUT", madeBy: "ATTORNEY", proxyName: "Pat Proxy", proxyRelationship: "Attorney",
        contactEmail: `proxy-${nhsNumber}@example.org`, decidedAt: new Date("2026-06-01T09:00:00Z"),
      }),
      recordedBy: { kind: "RESIDENT" },
    });
    expect((await getConsentStatus({ nhsNumber })).status).toBe("opted-out");
    expect((await listReviewQueue()).find((i) => i.id === proxy.id)?.kind).toBe("proxy-evidence");

    const outcome = await rejectDecision({ decisionId: proxy.id, reason: "The lasting power of attorney is for property and financial affairs only", by: STAFF });
    expect(outcome.emailQueued).toBe(true);
    expect((await getConsentStatus({ nhsNumber })).status).toBe("participating");
    const events = await getDb().decisionStatusEvent.findMany({ where: { decisionId: proxy.id }, orderBy: { id: "asc" }, select: { status: true, reason: true } });
    expect(events.map((e) => e.status)).toEqual(["EFFECTIVE", "WITHDRAWN"]);
    const email = await getDb().emailOutbox.findUnique({ where: { idempotencyKey: `decision-rejected:${proxy.id}` }, select: { toAddress: true, textBody: true } });
    expect(email?.toAddress).toBe(`proxy-${nhsNumber}@example.org`);
    expect(email?.textBody).toContain("property and financial affairs only");
    expect((await listReviewQueue()).map((i) => i.id)).not.toContain(proxy.id);
  });

  it("accepting an opt-in awaiting review makes it effective and clears it from the queue", async () => {
    const nhsNumber = uniqueNhsNumber();
    await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_OUT", contactEmail: "first@example.org", decidedAt: new Date("2026-05-01T09:00:00Z") }), recordedBy: STAFF });
    const optIn = await recordDecision({ details: decisionDetails({ nhsNumber, choice: "OPT_IN", contactEmail: "other@example.org", decidedAt: new Date("2026-06-01T09:00:00Z") }), recordedBy: { kind: "RESIDENT" } });
    expect(optIn.status).toBe("AWAITING_REVIEW");
    expect((await listReviewQueue()).find((i) => i.id === optIn.id)?.kind).toBe("opt-in-awaiting-review");
    await acceptDecision({ decisionId: optIn.id, by: STAFF });
    expect((await getConsentStatus({ nhsNumber })).status).toBe("participating");
    expect((await listReviewQueue()).map((i) => i.id)).not.toContain(optIn.id);
  });
});

describe("evidence from the online journeys", () => {
  it("shows an uploaded file to reviewers, and rejecting marks the evidence rejected", async () => {
    const nhsNumber = uniqueNhsNumber();
    const proxy = await recordDecision({
      details: decisionDetails({ nhsNumber, madeBy: "PARENT_OR_GUARDIAN", proxyName: "Pam Parent", proxyRelationship: "Mother", contactEmail: `pam-${nhsNumber}@example.org` }),
      recordedBy: { kind: "RESIDENT" },
    });
    await getDb().decisionEvidence.create({
      data: { decisionId: proxy.id, method: "UPLOAD", content: Buffer.from("%PDF-1.7 test"), mediaType: "application/pdf", fileName: "birth-certificate.pdf", sizeBytes: 13 },
    });
    expect(await getEvidenceSummary(proxy.id)).toMatchObject({ method: "UPLOAD", status: "AWAITING_REVIEW", fileName: "birth-certificate.pdf" });
    const file = await readEvidenceFile({ decisionId: proxy.id, viewer: STAFF });
    expect(Buffer.from(file!.content).toString()).toBe("%PDF-1.7 test");
    expect(await getDb().auditEvent.count({ where: { action: "evidence.view", entityId: proxy.id } })).toBe(1);

    await rejectDecision({ decisionId: proxy.id, reason: "The certificate names a different child", by: STAFF });
    expect(await getEvidenceSummary(proxy.id)).toMatchObject({ status: "REJECTED", reviewNote: "The certificate names a different child" });
  });

  it("withdraws, records the review and queues the email in one transaction: all or nothing", async () => {
    const db = getDb();
    const nhsNumber = uniqueNhsNumber();
    const email = `dee-${nhsNumber}@example.org`;
    const proxy = await recordDecision({
      details: decisionDetails({ nhsNumber, madeBy: "DEPUTY", proxyName: "Dee Deputy", proxyRelationship: "Deputy", contactEmail: email }),
      recordedBy: { kind: "RESIDENT" },
    });
    // The outbox refuses this one address: the withdrawal must not stand without its email.
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION refuse_outbox_for_test() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'outbox refused'; END $$`);
    const trigger = `refuse_outbox_${nhsNumber}`;
    await db.$executeRawUnsafe(`CREATE TRIGGER ${trigger} BEFORE INSERT ON email_outbox FOR EACH ROW WHEN (NEW.to_address = '${email}') EXECUTE FUNCTION refuse_outbox_for_test()`);
    try {
      await expect(rejectDecision({ decisionId: proxy.id, reason: "Order has expired", by: STAFF })).rejects.toThrow(/outbox refused/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER ${trigger} ON email_outbox`);
    }
    expect((await getConsentStatus({ nhsNumber })).status).toBe("opted-out");
    expect(await db.auditEvent.count({ where: { action: "review.reject", entityId: proxy.id } })).toBe(0);

    await rejectDecision({ decisionId: proxy.id, reason: "Order has expired", by: STAFF });
    expect((await getConsentStatus({ nhsNumber })).status).toBe("participating");
    expect(await db.emailOutbox.count({ where: { idempotencyKey: `decision-rejected:${proxy.id}` } })).toBe(1);
    await expect(rejectDecision({ decisionId: proxy.id, reason: "again", by: STAFF })).rejects.toThrow(/cannot go from WITHDRAWN/);
    expect(await db.emailOutbox.count({ where: { idempotencyKey: `decision-rejected:${proxy.id}` } })).toBe(1);
  });
});

describe("reports", () => {
  it("counts decisions in effect by borough, channel and source, and sizes the queues", async () => {
    const before = await getDecisionReport();
    await recordDecision({ details: decisionDetails({ postcode: "N1 1AA", channel: "PHONE", contactEmail: undefined }), recordedBy: STAFF });
    const after = await getDecisionReport();
    const islington = (r: typeof before) => r.boroughs.find((b) => b.key === "ISLINGTON")!.optOut;
    const phone = (r: typeof before) => r.channels.find((c) => c.key === "PHONE")!.optOut;
    expect(islington(after)).toBeGreaterThanOrEqual(islington(before) + 1);
    expect(phone(after)).toBeGreaterThanOrEqual(phone(before) + 1);
    // The worklist is counted from the same query as the page.
  });
});

describe("what staff are told after keying", () => {
  it("matches what happened to the decision: in effect, or waiting for review; never the tracing worklist when an NHS number was given", async () => {
    const nhsNumber = uniqueNhsNumber();
    const optOut = await keyDecision({ keyed: keyedForm({ channel: "PHONE", formReference: "", isSigned: "", nhsNumber, decidedOn: "2026-06-01" }), by: STAFF });
    expect(await describeKeyedOutcome(optOut.reference)).toBe("The opt-out is in effect now.");
    const optIn = await keyDecision({ keyed: keyedForm({ channel: "PHONE", formReference: "", isSigned: "", nhsNumber, choice: "OPT_IN", decidedOn: "2026-06-02" }), by: STAFF });
    expect(optIn.status).toBe("AWAITING_REVIEW");
    expect(await describeKeyedOutcome(optIn.reference)).toMatch(/^The opt-in is waiting for review: .*a second member of staff must check it/);
    // An edited address gets nothing rather than a wrong message.
    expect(await describeKeyedOutcome("not-a-ref")).toBeNull();
    expect(await describeKeyedOutcome("222222222")).toBeNull();
  });
});

describe("the confirmation email for a keyed decision", () => {
  it("goes to the address the form or call gave, as for an online choice, with an opt-in's status the same for everyone", async () => {
    const nhsNumber = uniqueNhsNumber();
    const email = `keyed-${Date.now()}@example.org`;
    const optOut = await keyDecision({ keyed: keyedForm({ nhsNumber, contactEmail: email, decidedOn: "2026-06-01" }), by: STAFF });
    const optIn = await keyDecision({ keyed: keyedForm({ channel: "PHONE", formReference: "", isSigned: "", nhsNumber, choice: "OPT_IN", contactEmail: email, decidedOn: "2026-06-02" }), by: STAFF });
    const sent = await getDb().emailOutbox.findMany({ where: { toAddress: email }, orderBy: { createdAt: "asc" }, select: { idempotencyKey: true, subject: true, textBody: true } });
    expect(sent.map((m) => m.idempotencyKey)).toEqual([`decision-confirmation:${optOut.id}`, `decision-confirmation:${optIn.id}`]);
    expect(sent[0]!.subject).toMatch(/^Your choice is recorded: reference [A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    expect(sent[0]!.textBody).toContain("Status: Taken effect");
    expect(sent[0]!.textBody).toContain("Recorded: 1 June 2026");
    expect(sent[0]!.textBody).not.toMatch(/Recorded: 1 June 2026 at/);
    // The keyed opt-in waits for review, but its email says what every opt-in's says.
    expect(optIn.status).toBe("AWAITING_REVIEW");
    expect(sent[1]!.textBody).toContain("Status: Received. We check it against the register");
    // No address given: no email.
    const silent = await keyDecision({ keyed: keyedForm({}), by: STAFF });
    expect(await getDb().emailOutbox.count({ where: { idempotencyKey: `decision-confirmation:${silent.id}` } })).toBe(0);
  });
});
