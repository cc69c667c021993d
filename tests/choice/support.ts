import { randomInt } from "node:crypto";

import { sendEmailCode, verifyEmailCode } from "@/lib/choice/email-code";
import { createJourney, findJourney, saveAnswers, type Journey } from "@/lib/choice/journey-store";
import type { JourneyAnswers, StepSlug } from "@/lib/choice/steps";
import type { JourneySlug } from "@/lib/content/choice";
import { getDb } from "@/lib/db";
import { uniqueAddress } from "../support/mail";
import { uniqueNhsNumber } from "../support/factories";

/** The newest security code queued for a journey, read from the outbox as the resident would read their email. */
export async function latestCode(journeyId: string): Promise<string> {
  const row = await getDb().emailOutbox.findFirstOrThrow({
    where: { idempotencyKey: { startsWith: `choice-code:${journeyId}:` } },
    // Keys end in the send count (at most 5 a journey), so the newest sorts last.
    orderBy: { idempotencyKey: "desc" },
    select: { textBody: true },
  });
  return /\b(\d{6})\b/.exec(row.textBody)![1]!;
}

export function selfAnswers(overrides: Partial<JourneyAnswers> = {}): JourneyAnswers {
  return {
    madeBy: "SELF",
    givenName: "Zoë",
    familyName: `Test-${randomInt(1_000_000)}`,
    dateOfBirth: "1970-05-17",
    nhsNumber: uniqueNhsNumber(),
    postcode: "N1 1AA",
    choice: "OPT_OUT",
    email: uniqueAddress("resident"),
    ...overrides,
  };
}

/** A journey with every question answered and the email proved with a code, ready to submit. */
export async function readyJourney(options: { journey?: JourneySlug; answers: JourneyAnswers; evidenceFile?: Parameters<typeof saveAnswers>[0]["evidenceFile"] }): Promise<{ journey: Journey; token: string }> {
  const slug = options.journey ?? (options.answers.choice === "OPT_IN" ? "opt-in" : "opt-out");
  const { token, id } = await createJourney({ journey: slug });
  const isProxy = options.answers.madeBy !== "SELF";
  const steps: StepSlug[] = ["who-for", "name", "date-of-birth", "nhs-number", "postcode", "gp-practice", "decision", "email"];
  if (isProxy) steps.push("about-you", "evidence");
  for (const step of steps) {
    const journey = (await findJourney({ journey: slug, token }))!;
    await saveAnswers({ journey, step, answers: options.answers, evidenceFile: step === "evidence" ? options.evidenceFile : undefined });
  }
  const sent = await sendEmailCode({ journeyId: id, email: options.answers.email! });
  if (!sent.ok) throw new Error(sent.message);
  const verified = await verifyEmailCode({ journeyId: id, code: await latestCode(id) });
  if (!verified.ok) throw new Error(verified.message);
  return { journey: (await findJourney({ journey: slug, token }))!, token };
}
