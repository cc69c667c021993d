import { describe, expect, it } from "vitest";

import { findCodeProblem, sendEmailCode, verifyEmailCode } from "@/lib/choice/email-code";
import { createJourney } from "@/lib/choice/journey-store";
import { submitChoice } from "@/lib/choice/submit-choice";
import { formatReferenceNumber } from "@/lib/consent/reference-number";
import { CHOICE_EMAILS, CONFIRM_EMAIL, RETURN_ADDRESS, WHO_FOR } from "@/lib/content/choice";
import { getDb } from "@/lib/db";
import { CODE_LIFETIME_MS, MAX_CODE_ATTEMPTS } from "@/lib/otp/one-time-code";
import { uniqueAddress } from "../support/mail";
import { latestCode, readyJourney, selfAnswers } from "./support";

// What the confirmation email says: who made the choice, and where to post
// evidence (with the reference to quote) when the proxy said they would post it.

async function confirmationText(reference: string): Promise<string> {
  const row = await getDb().emailOutbox.findFirstOrThrow({
    where: { subject: CHOICE_EMAILS.confirmationSubject(formatReferenceNumber(reference)) },
    select: { textBody: true },
  });
  return row.textBody;
}

async function submitted(answers: ReturnType<typeof selfAnswers>, evidence?: "upload") {
  const { journey } = await readyJourney({
    answers,
    evidenceFile: evidence ? { content: new TextEncoder().encode("%PDF-1.4 evidence"), mediaType: "application/pdf", fileName: "order.pdf" } : undefined,
  });
  const result = await submitChoice({ journey });
  if (!result.ok) throw new Error("not submitted");
  return { reference: result.reference, text: await confirmationText(result.reference) };
}

describe("the confirmation email", () => {
  it("gives a proxy who will post their evidence the postal address and the reference to quote", async () => {
    const { reference, text } = await submitted(selfAnswers({ madeBy: "ATTORNEY", proxyName: "Pat Okafor", proxyRelationship: "Son", evidenceMethod: "POST" }));
    for (const line of RETURN_ADDRESS) expect(text).toContain(line);
    expect(text).toContain(`Write your reference number, ${formatReferenceNumber(reference)},`);
    expect(text).toContain("Made by: Pat Okafor, who holds a lasting power of attorney for health and welfare for them");
  });

  it("says who made the choice without reading as if the parent were the child", async () => {
    const { text } = await submitted(selfAnswers({ madeBy: "PARENT_OR_GUARDIAN", proxyName: "Мария Іваненко", proxyRelationship: "Mother", dateOfBirth: "2020-01-02", evidenceMethod: "UPLOAD" }), "upload");
    expect(text).toContain("Made by: Мария Іваненко, a parent or guardian with parental responsibility for them");
    expect(text).not.toContain(WHO_FOR.options[1].label);
    // Uploaded evidence: nothing to post.
    expect(text).not.toContain(RETURN_ADDRESS[2]);

    const self = await submitted(selfAnswers());
    expect(self.text).toContain(`Made by: ${CHOICE_EMAILS.madeByValue.SELF}`);
    expect(self.text).not.toContain(RETURN_ADDRESS[2]);
  });
});

describe("the state of a journey's last security code", () => {
  it("says when it is used up or expired, and nothing while it can still be used", async () => {
    const now = new Date();
    const { id } = await createJourney({ journey: "opt-out" });
    expect(await findCodeProblem({ journeyId: id })).toBeUndefined();
    expect(await sendEmailCode({ journeyId: id, email: uniqueAddress("state"), now })).toEqual({ ok: true });
    expect(await findCodeProblem({ journeyId: id, now })).toBeUndefined();
    expect(await findCodeProblem({ journeyId: id, now: new Date(now.getTime() + CODE_LIFETIME_MS) })).toBe(CONFIRM_EMAIL.errors.expired);
    const code = await latestCode(id);
    const wrong = code === "111111" ? "222222" : "111111";
    for (let i = 0; i < MAX_CODE_ATTEMPTS; i++) await verifyEmailCode({ journeyId: id, code: wrong, now });
    expect(await findCodeProblem({ journeyId: id, now })).toBe(CONFIRM_EMAIL.errors.tooManyAttempts);
  });
});
