import { describe, expect, it } from "vitest";

import { getConsentStatus } from "@/lib/consent/get-consent-status";
import { recordDecision } from "@/lib/consent/record-decision";
import { formatReferenceNumber, generateReferenceNumber } from "@/lib/consent/reference-number";
import { getDb } from "@/lib/db";
import { keyDecision } from "@/lib/keying/key-decision";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { acceptDecision, REVIEW_REFUSED_OWN_KEYING } from "@/lib/review/review-decision";
import { keyedDecisionSchema, KEYED_FORM_FIELDS, type KeyedFormField, readKeyedDecisionForm } from "@/lib/validation/keyed-decision";
import { decisionDetails, minutesAfter, RESIDENT, uniqueNhsNumber } from "../support/factories";
import { uniqueAddress } from "../support/mail";

// The consent rule (docs/decisions/015): what a decision's assurance lets it
// do, who is told, and the second-person review of keyed opt-ins.

const T0 = new Date("2026-07-01T09:00:00Z");
const CASEWORKER = { kind: "STAFF", id: "staff-keyer" } as const;
const SUPERVISOR = { kind: "STAFF", id: "staff-second-reviewer" } as const;

async function noticesTo(address: string) {
  return getDb().emailOutbox.findMany({
    where: { toAddress: address, idempotencyKey: { startsWith: "opt-in-notice:" } },
    select: { subject: true, textBody: true, htmlBody: true },
    orderBy: { createdAt: "asc" },
  });
}

function phoneForm(overrides: Partial<Record<KeyedFormField, string>>) {
  const base = Object.fromEntries(KEYED_FORM_FIELDS.map((f) => [f, ""])) as Record<KeyedFormField, string>;
  return keyedDecisionSchema.parse(
    readKeyedDecisionForm({
      ...base, channel: "PHONE", receivedOn: "2026-07-02", decidedOn: "2026-07-02", givenName: "Phoned", familyName: "Caller",
      dateOfBirth: "1958-09-09", madeBy: "SELF", choice: "OPT_OUT", ...overrides,
    }),
  );
}

describe("the consent rule", () => {
  it("finding 1: an attacker's opt-out and opt-in from their own email leave the person opted out, the person's email told, the opt-in on the review queue", async () => {
    const nhsNumber = uniqueNhsNumber();
    const personEmail = uniqueAddress("person-a");
    const attackerEmail = uniqueAddress("attacker-b");
    await recordDecision({ details: decisionDetails({ nhsNumber, contactEmail: personEmail, decidedAt: T0 }), assurance: { level: "PROVED_EMAIL" }, recordedBy: RESIDENT });
    await recordDecision({
      details: decisionDetails({ nhsNumber, contactEmail: attackerEmail, givenName: "Mallory", familyName: "Madeup", decidedAt: minutesAfter(T0, 10) }),
      assurance: { level: "PROVED_EMAIL" },
      recordedBy: RESIDENT,
    });
    const optIn = await recordDecision({
      details: decisionDetails({ nhsNumber, choice: "OPT_IN", contactEmail: attackerEmail, givenName: "Mallory", familyName: "Madeup", decidedAt: minutesAfter(T0, 11) }),
      assurance: { level: "PROVED_EMAIL" },
      recordedBy: RESIDENT,
    });

    expect(optIn.status).toBe("AWAITING_REVIEW");
    expect(await getConsentStatus({ nhsNumber })).toMatchObject({ status: "opted-out", shareable: false });
    expect((await listReviewQueue()).find((item) => item.id === optIn.id)).toMatchObject({ kind: "opt-in-awaiting-review", nhsNumber });

    const [notice, ...more] = await noticesTo(personEmail);
    expect(more).toHaveLength(0);
    expect(notice!.subject).toContain(formatReferenceNumber(optIn.reference));
    expect(notice!.textBody).toContain("has not taken effect");
    // Nothing the requester gave: not their name, not their address.
    for (const body of [notice!.textBody, notice!.htmlBody ?? "", notice!.subject]) {
      expect(body).not.toContain("Mallory");
      expect(body).not.toContain("Madeup");
      expect(body).not.toContain(attackerEmail);
    }
    // The requester's own proved address gets the confirmation, not the notice.
    expect(await noticesTo(attackerEmail)).toHaveLength(0);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: optIn.id, action: "decision.record" }, select: { details: true } });
    expect(audit.details).toMatchObject({ assurance: "PROVED_EMAIL", reversesOptOut: true, optOutMakersTold: 1 });
  });

  it("finding 2: a keyed phone opt-in with the same typed email as the keyed opt-out waits for a second member of staff", async () => {
    const nhsNumber = uniqueNhsNumber();
    const typed = uniqueAddress("typed");
    const optOut = await keyDecision({ keyed: phoneForm({ nhsNumber, contactEmail: typed, decidedOn: "2026-07-01", receivedOn: "2026-07-01" }), by: CASEWORKER });
    expect(optOut.status).toBe("EFFECTIVE");
    const optIn = await keyDecision({ keyed: phoneForm({ nhsNumber, contactEmail: typed, choice: "OPT_IN" }), by: SUPERVISOR });
    expect(optIn.status).toBe("AWAITING_REVIEW");
    expect(await getConsentStatus({ nhsNumber })).toMatchObject({ status: "opted-out" });
    expect((await listReviewQueue()).map((item) => item.id)).toContain(optIn.id);
    // A typed email proved nothing: it is not told (and it was not the requester's proof).
    expect(await noticesTo(typed)).toHaveLength(0);
    const stored = await getDb().decision.findUniqueOrThrow({ where: { id: optIn.id }, select: { assurance: true } });
    expect(stored.assurance).toBe("UNPROVED");

    // The one who keyed it cannot accept it; the refusal is audited and changes nothing.
    await expect(acceptDecision({ decisionId: optIn.id, by: SUPERVISOR })).rejects.toMatchObject({
      code: "FORBIDDEN",
      userMessage: expect.stringContaining("another member of staff"),
    });
    expect(await getDb().auditEvent.count({ where: { entityId: optIn.id, action: REVIEW_REFUSED_OWN_KEYING, actorId: SUPERVISOR.id } })).toBe(1);
    expect(await getConsentStatus({ nhsNumber })).toMatchObject({ status: "opted-out" });

    // Another member of staff can.
    await acceptDecision({ decisionId: optIn.id, by: CASEWORKER });
    expect(await getConsentStatus({ nhsNumber })).toMatchObject({ status: "participating" });
    expect((await listReviewQueue()).map((item) => item.id)).not.toContain(optIn.id);
  });

  it("makes an opt-in effective at once from the email that made every opt-out since the last opt-in, and from no other", async () => {
    const nhsNumber = uniqueNhsNumber();
    const a = uniqueAddress("a");
    const b = uniqueAddress("b");
    const at = (minutes: number) => minutesAfter(T0, minutes);
    const online = (choice: "OPT_OUT" | "OPT_IN", email: string, minutes: number) =>
      recordDecision({ details: decisionDetails({ nhsNumber, choice, contactEmail: email, decidedAt: at(minutes) }), assurance: { level: "PROVED_EMAIL" }, recordedBy: RESIDENT });

    await online("OPT_OUT", b, 0); // someone else's opt-out, before the person's last opt-in
    expect((await online("OPT_IN", b, 1)).status).toBe("EFFECTIVE"); // b made every opt-out so far
    await online("OPT_OUT", a, 2);
    await online("OPT_OUT", a, 3);
    // Only a's opt-outs count since the last effective opt-in: a may reverse them.
    expect((await online("OPT_IN", a, 4)).status).toBe("EFFECTIVE");
    expect((await getConsentStatus({ nhsNumber })).status).toBe("participating");
    // b is told (it proved an earlier opt-out); a, the requester, is not.
    expect(await noticesTo(b)).toHaveLength(1);
    expect((await noticesTo(b))[0]!.textBody).toContain("has taken effect");
    expect(await noticesTo(a)).toHaveLength(0);
  });

  it("holds an opt-in from the person's own email when a keyed or verified opt-out came since their last opt-in", async () => {
    const nhsNumber = uniqueNhsNumber();
    const a = uniqueAddress("a");
    await recordDecision({ details: decisionDetails({ nhsNumber, contactEmail: a, decidedAt: T0 }), assurance: { level: "PROVED_EMAIL" }, recordedBy: RESIDENT });
    // A phone opt-out keyed with a typed copy of a: it proves nothing about a.
    await keyDecision({ keyed: phoneForm({ nhsNumber, contactEmail: a }), by: CASEWORKER });
    const optIn = await recordDecision({
      details: decisionDetails({ nhsNumber, choice: "OPT_IN", contactEmail: a, decidedAt: new Date("2026-07-03T09:00:00Z") }),
      assurance: { level: "PROVED_EMAIL" },
      recordedBy: RESIDENT,
    });
    expect(optIn.status).toBe("AWAITING_REVIEW");
    expect((await getConsentStatus({ nhsNumber })).status).toBe("opted-out");
  });

  it("lets NHS login for the same NHS number reverse any opt-out at once, tells the opt-out's email, and refuses NHS login for another number", async () => {
    const nhsNumber = uniqueNhsNumber();
    const a = uniqueAddress("a");
    const nhsLoginEmail = uniqueAddress("nhs-login");
    await recordDecision({ details: decisionDetails({ nhsNumber, contactEmail: a, decidedAt: T0 }), assurance: { level: "PROVED_EMAIL" }, recordedBy: RESIDENT });

    const other = uniqueNhsNumber();
    const before = await getDb().decision.count({ where: { nhsNumber } });
    await expect(
      recordDecision({
        details: decisionDetails({ nhsNumber, choice: "OPT_IN", contactEmail: nhsLoginEmail, decidedAt: minutesAfter(T0, 5) }),
        assurance: { level: "VERIFIED", by: "NHS_LOGIN", nhsNumber: other },
        recordedBy: RESIDENT,
      }),
    ).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    expect(await getDb().decision.count({ where: { nhsNumber } })).toBe(before);

    const verified = await recordDecision({
      details: decisionDetails({ nhsNumber, choice: "OPT_IN", contactEmail: nhsLoginEmail, decidedAt: minutesAfter(T0, 6) }),
      assurance: { level: "VERIFIED", by: "NHS_LOGIN", nhsNumber, nhsLoginEmail },
      recordedBy: RESIDENT,
    });
    expect(verified.status).toBe("EFFECTIVE");
    expect((await getConsentStatus({ nhsNumber })).status).toBe("participating");
    expect(await noticesTo(a)).toHaveLength(1);
    expect(await getDb().decision.findUniqueOrThrow({ where: { id: verified.id }, select: { assurance: true, verifiedNhsNumber: true, nhsLoginEmail: true } })).toEqual({
      assurance: "VERIFIED",
      verifiedNhsNumber: nhsNumber,
      nhsLoginEmail,
    });

    // Later, someone opts out and then tries to opt back in from another email: the NHS login email is told too.
    const b = uniqueAddress("b");
    await recordDecision({ details: decisionDetails({ nhsNumber, contactEmail: b, decidedAt: minutesAfter(T0, 7) }), assurance: { level: "PROVED_EMAIL" }, recordedBy: RESIDENT });
    const c = uniqueAddress("c");
    const attempt = await recordDecision({
      details: decisionDetails({ nhsNumber, choice: "OPT_IN", contactEmail: c, decidedAt: minutesAfter(T0, 8) }),
      assurance: { level: "PROVED_EMAIL" },
      recordedBy: RESIDENT,
    });
    expect(attempt.status).toBe("AWAITING_REVIEW");
    const told = await getDb().emailOutbox.findMany({ where: { idempotencyKey: { startsWith: `opt-in-notice:${attempt.id}:` } }, select: { toAddress: true } });
    expect(told.map((row) => row.toAddress).sort()).toEqual([a, b, nhsLoginEmail].sort());
  });

  it("refuses an assurance the decision's own details contradict, writing nothing", async () => {
    const nhsNumber = uniqueNhsNumber();
    const attempts = [
      { details: decisionDetails({ nhsNumber, channel: "PHONE" }), assurance: { level: "PROVED_EMAIL" } as const },
      { details: decisionDetails({ nhsNumber, contactEmail: undefined }), assurance: { level: "PROVED_EMAIL" } as const },
      { details: decisionDetails({ nhsNumber, channel: "PAPER" }), assurance: { level: "VERIFIED", by: "NHS_LOGIN", nhsNumber } as const },
      { details: decisionDetails({ nhsNumber }), assurance: { level: "VERIFIED", by: "LEGACY_IMPORT" } as const },
      { details: decisionDetails({ nhsNumber, channel: "CIDR_IMPORT" }), assurance: { level: "UNPROVED" } as const },
      { details: decisionDetails({ nhsNumber: undefined, choice: "OPT_IN" }), assurance: { level: "VERIFIED", by: "NHS_LOGIN", nhsNumber } as const },
      { details: decisionDetails({ nhsNumber }), assurance: undefined as never },
    ];
    for (const attempt of attempts) {
      await expect(recordDecision({ ...attempt, recordedBy: RESIDENT })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    }
    expect(await getDb().decision.count({ where: { nhsNumber } })).toBe(0);
  });

  it("keeps a database check behind the register: NHS login fields only on a verified decision for that same number", async () => {
    const nhsNumber = uniqueNhsNumber();
    const { id } = await recordDecision({ details: decisionDetails({ nhsNumber }), assurance: { level: "PROVED_EMAIL" }, recordedBy: RESIDENT });
    const copy = await getDb().decision.findUniqueOrThrow({
      where: { id },
      select: { nhsNumber: true, givenName: true, familyName: true, dateOfBirth: true, choice: true, madeBy: true, channel: true, contactEmail: true, decidedAt: true, recordedByKind: true, assurance: true },
    });
    await expect(
      getDb().decision.create({ data: { ...copy, reference: generateReferenceNumber(), verifiedNhsNumber: uniqueNhsNumber(), assurance: "VERIFIED" } }),
    ).rejects.toThrow(/decision_verified_nhs_number_matches/);
    await expect(getDb().decision.create({ data: { ...copy, reference: generateReferenceNumber(), contactEmail: null } })).rejects.toThrow(/decision_proved_email_has_email/);
  });
});
