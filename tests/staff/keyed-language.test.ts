import { describe, expect, it } from "vitest";

import { KEYED_DECISION_ERRORS } from "@/lib/content/decision-errors";
import { getDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { keyDecision } from "@/lib/keying/key-decision";
import { commitImport } from "@/lib/legacy-import/commit-import";
import { getDecisionForStaff } from "@/lib/people/get-decision-for-staff";
import { getPersonRecord } from "@/lib/people/get-person-record";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { decisionLanguageLabel } from "@/lib/staff/decision-language";
import { listTracingWorklist } from "@/lib/tracing/list-tracing-worklist";
import { recordTracedNhsNumber } from "@/lib/tracing/record-traced-nhs-number";
import { keyedDecisionSchema, readKeyedDecisionForm, KEYED_FORM_FIELDS, type KeyedFormField } from "@/lib/validation/keyed-decision";
import { careMyWayFile, writeTempFile } from "../legacy-import/support";
import { recordDecision } from "../support/record-test-decision";
import { decisionDetails, uniqueNhsNumber, STAFF } from "../support/factories";

// Issue #17: staff pages stay English, but a keyed paper form records the language it is in, a tracing
// keeps it, and staff see it wherever they look at a decision ("Not known" where nobody knows).

const unique = () => Math.random().toString(36).slice(2, 8);

function form(overrides: Partial<Record<KeyedFormField, string>>): Record<KeyedFormField, string> {
  const base = Object.fromEntries(KEYED_FORM_FIELDS.map((f) => [f, ""])) as Record<KeyedFormField, string>;
  return {
    ...base, channel: "PAPER", receivedOn: "2026-06-10", formReference: `PF-${unique()}`, isSigned: "yes", choice: "OPT_OUT", decidedOn: "2026-06-01",
    givenName: "Paper", familyName: `Language-${unique()}`, dateOfBirth: "1961-02-03", madeBy: "SELF", ...overrides,
  };
}
const keyed = (overrides: Partial<Record<KeyedFormField, string>>) => keyedDecisionSchema.parse(readKeyedDecisionForm(form(overrides)));

async function storedLanguage(id: string): Promise<string | null> {
  return (await getDb().decision.findUniqueOrThrow({ where: { id }, select: { language: true } })).language;
}

describe("a keyed form's language", () => {
  it("is recorded as the keyer chose it, audited, and shown on the decision and the person's timeline", async () => {
    const nhsNumber = uniqueNhsNumber();
    const recorded = await keyDecision({ keyed: keyed({ nhsNumber, language: "bn" }), by: STAFF });
    expect(await storedLanguage(recorded.id)).toBe("bn");
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "decision.record", entityId: recorded.id }, select: { details: true } });
    expect(audit.details).toMatchObject({ language: "bn" });

    const decision = await getDecisionForStaff({ decisionId: recorded.id, viewer: STAFF });
    expect(decisionLanguageLabel(decision?.card.decision.language)).toBe("Bengali");
    const person = await getPersonRecord({ nhsNumber, viewer: STAFF });
    expect(person.cards.map((c) => decisionLanguageLabel(c.decision.language))).toEqual(["Bengali"]);
  });

  it("sends the form's confirmation email in the form's language", async () => {
    const bengali = await keyDecision({ keyed: keyed({ nhsNumber: uniqueNhsNumber(), language: "bn", contactEmail: `bn-${unique()}@example.org` }), by: STAFF });
    const english = await keyDecision({ keyed: keyed({ nhsNumber: uniqueNhsNumber(), contactEmail: `en-${unique()}@example.org` }), by: STAFF });
    const mail = async (id: string) =>
      getDb().emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: `decision-confirmation:${id}` }, select: { subject: true, htmlBody: true } });
    const inBengali = await mail(bengali.id);
    const inEnglish = await mail(english.id);
    expect(inBengali.subject).toMatch(/[\u0980-\u09FF]/);
    expect(inBengali.htmlBody).toContain('lang="bn"');
    expect(inEnglish.subject).not.toMatch(/[\u0980-\u09FF]/);
    expect(inEnglish.htmlBody).toContain('lang="en-GB"');
  });

  it("is English when the keyer leaves the form's first answer, for paper and phone alike", async () => {
    const paper = await keyDecision({ keyed: keyed({ nhsNumber: uniqueNhsNumber() }), by: STAFF });
    const phone = await keyDecision({ keyed: keyed({ nhsNumber: uniqueNhsNumber(), channel: "PHONE", formReference: "", isSigned: "" }), by: STAFF });
    expect(await storedLanguage(paper.id)).toBe("en");
    expect(await storedLanguage(phone.id)).toBe("en");
    const decision = await getDecisionForStaff({ decisionId: paper.id, viewer: STAFF });
    expect(decisionLanguageLabel(decision?.card.decision.language)).toBe("English");
  });

  it("an unknown language is refused with the staff message and records nothing, even if something skipped the form's check", async () => {
    const familyName = `Refused-${unique()}`;
    const refused = keyedDecisionSchema.safeParse(readKeyedDecisionForm(form({ familyName, language: "fr" })));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues).toEqual([expect.objectContaining({ path: ["language"], message: KEYED_DECISION_ERRORS.language.unknown })]);
    expect(KEYED_DECISION_ERRORS.language.unknown).toBe(
      "Select the language of the form from the list: English, Bengali, Bulgarian, Somali, Spanish, Turkish or Easy Read English",
    );

    // Past the schema (a caller that forgot it), the register's own check refuses it and the whole decision rolls back.
    const valid = keyed({ familyName, nhsNumber: uniqueNhsNumber() });
    await expect(keyDecision({ keyed: { ...valid, language: "fr" as Locale }, by: STAFF })).rejects.toThrow();
    expect(await getDb().decision.count({ where: { familyName } })).toBe(0);
    expect(await getDb().keyedDecision.count({ where: { formReference: valid.formReference ?? "" } })).toBe(0);
    expect(await getDb().auditEvent.count({ where: { action: { in: ["decision.record", "decision.key"] }, nhsNumber: valid.nhsNumber ?? "" } })).toBe(0);
  });
});

describe("tracing keeps the language of the decision it traces", () => {
  it("a Bengali form without an NHS number: on the worklist as Bengali, and its tracing entry is Bengali too", async () => {
    const recorded = await keyDecision({ keyed: keyed({ language: "bn" }), by: STAFF });
    const item = (await listTracingWorklist()).find((i) => i.id === recorded.id);
    expect(decisionLanguageLabel(item?.language)).toBe("Bengali");

    const nhsNumber = uniqueNhsNumber();
    const traced = await recordTracedNhsNumber({ decisionId: recorded.id, nhsNumber, by: STAFF });
    expect(await storedLanguage(traced.id)).toBe("bn");
    const correction = await getDb().auditEvent.findFirstOrThrow({ where: { action: "decision.correct", entityId: traced.id }, select: { details: true } });
    expect(correction.details).toMatchObject({ language: "bn", correctsId: recorded.id });
    const person = await getPersonRecord({ nhsNumber, viewer: STAFF });
    expect(person.cards.map((c) => [c.decision.reference, decisionLanguageLabel(c.decision.language), decisionLanguageLabel(c.traced?.language)])).toEqual([
      [recorded.reference, "Bengali", "Bengali"],
    ]);
  });

  it("a decision whose language nobody knows stays not known when traced", async () => {
    const untraced = await recordDecision({ details: decisionDetails({ nhsNumber: undefined, channel: "PAPER", familyName: `Unknown-${unique()}` }), recordedBy: STAFF });
    expect(await storedLanguage(untraced.id)).toBeNull();
    const item = (await listTracingWorklist()).find((i) => i.id === untraced.id);
    expect(decisionLanguageLabel(item?.language)).toBe("Not known");
    const traced = await recordTracedNhsNumber({ decisionId: untraced.id, nhsNumber: uniqueNhsNumber(), by: STAFF });
    expect(await storedLanguage(traced.id)).toBeNull();
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "decision.correct", entityId: traced.id }, select: { details: true } });
    expect(audit.details).not.toHaveProperty("language");
  });
});

describe("the review queue shows the language", () => {
  it("of a keyed Turkish opt-in waiting for a second member of staff", async () => {
    const nhsNumber = uniqueNhsNumber();
    await keyDecision({ keyed: keyed({ nhsNumber, channel: "PHONE", formReference: "", isSigned: "", decidedOn: "2026-06-01" }), by: STAFF });
    const optIn = await keyDecision({ keyed: keyed({ nhsNumber, channel: "PHONE", formReference: "", isSigned: "", choice: "OPT_IN", decidedOn: "2026-06-02", language: "tr" }), by: STAFF });
    expect(optIn.status).toBe("AWAITING_REVIEW");
    const item = (await listReviewQueue()).find((i) => i.id === optIn.id);
    expect(decisionLanguageLabel(item?.language)).toBe("Turkish");
  });
});

describe("legacy imports", () => {
  it("record no language: staff see Not known", async () => {
    const nhsNumber = uniqueNhsNumber();
    const report = await commitImport({ source: "caremyway", path: writeTempFile(careMyWayFile([{ nhs: nhsNumber }]), "language.csv"), ranBy: { kind: "SYSTEM", id: "language-test" } });
    expect(report.outcome).toBe("committed");
    const imported = await getDb().decision.findFirstOrThrow({ where: { nhsNumber }, select: { id: true, language: true } });
    expect(imported.language).toBeNull();
    const person = await getPersonRecord({ nhsNumber, viewer: STAFF });
    expect(person.cards.map((c) => decisionLanguageLabel(c.decision.language))).toEqual(["Not known"]);
  });
});
