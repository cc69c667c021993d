import { createHash } from "node:crypto";

import { recordDecision } from "../consent/record-decision";
import { contentFor } from "../content/locales";
import { getDb, Prisma, type TransactionClient } from "../db";
import { renderDecisionConfirmationEmail } from "../email/decision-confirmation-email";
import { enqueueEmail } from "../email/enqueue-email";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { wakeOutboxWorker } from "../email/outbox-worker";
import type { DecisionDetailsInput } from "../validation/decision";
import { findVerifiedJourneySession, verifiedAssurance } from "../identity/verified-decision";
import type { Journey } from "./journey-store";
import { firstIncompleteStep, isProxy, type StepSlug } from "./steps";

export type SubmitChoiceResult =
  | { ok: true; reference: string; status: "EFFECTIVE" | "AWAITING_REVIEW" | "WITHDRAWN"; isRepeat: boolean }
  | { ok: false; problem: "incomplete"; step: StepSlug };

/**
 * Records the journey's decision through the register core, once. In the
 * decision's own transaction it also writes the journey's submission row (the
 * idempotency key: a second submission of the same journey, however it
 * arrives, fails on that row's key and rolls back), the proxy's evidence for
 * the staff queue, and the confirmation email in the outbox. If the mail
 * server is down the decision still stands; the outbox sends the email later.
 */
export async function submitChoice(options: { journey: Journey; now?: Date; requestId?: string; locale?: Locale }): Promise<SubmitChoiceResult> {
  const { journey } = options;
  // The language the journey was made in: recorded with the decision, and the confirmation email's.
  const locale = options.locale ?? DEFAULT_LOCALE;
  if (journey.submission) return { ok: true, ...journey.submission, isRepeat: true };
  const missing = firstIncompleteStep({ answers: journey.answers, verifiedEmail: journey.verifiedEmail, hasEvidenceFile: journey.hasEvidenceFile });
  if (missing !== "check-answers") return { ok: false, problem: "incomplete", step: missing };

  const answers = journey.answers;
  // An NHS login journey: the sign-in that answered must still stand, for this NHS number (docs/decisions/016).
  const verified = answers.nhsLogin ? await findVerifiedJourneySession(answers) : null;
  if (answers.nhsLogin && !verified) return { ok: false, problem: "incomplete", step: "nhs-login" };
  const proxy = isProxy(answers);
  const details: DecisionDetailsInput = {
    nhsNumber: answers.nhsNumber,
    givenName: answers.givenName!,
    familyName: answers.familyName!,
    dateOfBirth: answers.dateOfBirth!,
    postcode: answers.postcode,
    gpPracticeOds: answers.gpPracticeOds,
    choice: answers.choice!,
    madeBy: answers.madeBy!,
    proxyName: proxy ? answers.proxyName : undefined,
    proxyRelationship: proxy ? answers.proxyRelationship : undefined,
    channel: "ONLINE",
    contactEmail: journey.verifiedEmail!,
    decidedAt: options.now ?? new Date(),
    sourceReference: `online-journey:${journey.id}`,
  };

  try {
    const recorded = await recordDecision({
      details,
      // NHS login at P9 for this NHS number; otherwise the address was proved with a one-time code (steps).
      assurance: verified ? verifiedAssurance(verified) : { level: "PROVED_EMAIL" },
      recordedBy: verified ? { kind: "RESIDENT", id: `nhs-login-session:${verified.id}` } : { kind: "RESIDENT" },
      requestId: options.requestId,
      language: locale,
      onRecorded: async (tx, decision) => {
        await tx.choiceSubmission.create({
          data: { journeyId: journey.id, decisionId: decision.id, reference: decision.reference, status: decision.status },
        });
        if (proxy) await addToEvidenceQueue(tx, journey.id, decision.id, answers.evidenceMethod ?? "POST");
        const email = renderConfirmationEmail({ journey, locale, reference: decision.reference, status: decision.status, recordedAt: details.decidedAt as Date });
        await enqueueEmail(tx, { idempotencyKey: `decision-confirmation:${decision.id}`, to: journey.verifiedEmail!, ...email });
      },
    });
    wakeOutboxWorker();
    return { ok: true, reference: recorded.reference, status: recorded.status, isRepeat: false };
  } catch (error) {
    // The same journey submitted at the same moment: the other request recorded it.
    if (isJourneyAlreadySubmitted(error)) {
      const existing = await getDb().choiceSubmission.findUniqueOrThrow({ where: { journeyId: journey.id }, select: { reference: true, status: true } });
      return { ok: true, ...existing, isRepeat: true };
    }
    throw error;
  }
}

function isJourneyAlreadySubmitted(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return /choice_submission_pkey|journey_id/.test(`${error.message} ${JSON.stringify(error.meta ?? {})}`);
}

async function addToEvidenceQueue(tx: TransactionClient, journeyId: string, decisionId: string, method: "UPLOAD" | "POST"): Promise<void> {
  const file = await tx.choiceJourney.findUniqueOrThrow({
    where: { id: journeyId },
    select: { evidenceContent: true, evidenceMediaType: true, evidenceFileName: true },
  });
  const content = method === "UPLOAD" ? file.evidenceContent : null;
  await tx.decisionEvidence.create({
    data: {
      decisionId,
      method: content ? "UPLOAD" : "POST",
      content,
      mediaType: content ? file.evidenceMediaType : null,
      fileName: content ? file.evidenceFileName : null,
      sizeBytes: content ? content.length : null,
      sha256: content ? createHash("sha256").update(content).digest("hex") : null,
    },
  });
  // The file now lives on the evidence queue only.
  await tx.choiceJourney.update({ where: { id: journeyId }, data: { evidenceContent: null } });
}

function renderConfirmationEmail(input: { journey: Journey; locale: Locale; reference: string; status: "EFFECTIVE" | "AWAITING_REVIEW"; recordedAt: Date }) {
  const { answers } = input.journey;
  const content = contentFor(input.locale);
  return renderDecisionConfirmationEmail(
    {
    reference: input.reference,
    choice: answers.choice!,
    status: input.status,
    givenName: answers.givenName ?? "",
    familyName: answers.familyName ?? "",
    madeBy: answers.madeBy ?? "SELF",
    proxyName: answers.proxyName,
    recordedAt: content.dates.formatLondonDateTime(input.recordedAt),
      postsEvidence: isProxy(answers) && answers.evidenceMethod === "POST",
    },
    input.locale,
  );
}
