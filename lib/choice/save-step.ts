import { COMMON, type JourneySlug } from "../content/choice";
import { getDb } from "../db";
import { checkEligibility, findGpPractice, listGpPractices } from "../eligibility/check-eligibility";
import { firstFieldErrors } from "../validation/choice";
import { sendEmailCode, verifyEmailCode } from "./email-code";
import { journeyPath, whoForOf, type JourneyProgress } from "./journey-answers";
import { saveAnswers, type Journey } from "./journey-store";
import { consumePersonDailyAllowance } from "../consent/limit-requests-per-person";
import { consumeChoiceAllowance } from "./rate-limits";
import { STEP_REGISTRY } from "./steps/index";
import type { SaveContext, StepOutcome, StepRegistry, StepServices } from "./steps/registry";
import { submitChoice } from "./submit-choice";

export type { StepOutcome };

type StepInput = {
  journeySlug: JourneySlug;
  journey: Journey;
  step: string;
  formData: FormData;
  isChange: boolean;
  clientAddress: string;
  /** The journey's questions (tests add their own); the site's by default. */
  registry?: StepRegistry;
};

/** What a step may do on the server, for this journey and request. */
export function stepServices(input: { journey: Journey; step: string; clientAddress: string }): StepServices {
  const { journey, step, clientAddress } = input;
  return {
    saveAnswers: (answers, evidenceFile) => saveAnswers({ journey, step, answers, evidenceFile }),
    isEligible: async (answers) => (await checkEligibility(answers)).isEligible,
    isKnownGpPractice: async (odsCode) => Boolean(await findGpPractice(odsCode)),
    gpPracticeName: async (odsCode) => (await listGpPractices()).find((practice) => practice.odsCode === odsCode)?.name,
    sendCode: (email) => sendCode(journey.id, email, clientAddress),
    verifyCode: async (code) => {
      const verified = await verifyEmailCode({ journeyId: journey.id, code });
      if (!verified.ok) return verified;
      const row = await getDb().choiceJourney.findUniqueOrThrow({ where: { id: journey.id }, select: { verifiedEmail: true } });
      return { ok: true, verifiedEmail: row.verifiedEmail };
    },
    isSubmissionAllowed: () =>
      consumeChoiceAllowance([
        { kind: "submit-ip", value: clientAddress },
        { kind: "submit-email", value: journey.verifiedEmail ?? "none" },
      ]),
    // Per person, by anyone, shared by every instance (docs/decisions/015).
    isPersonWithinDailyLimit: () => consumePersonDailyAllowance(journey.answers.nhsNumber),
    submitChoice: () => submitChoice({ journey }),
  };
}

/** Validates and saves one question's answer (server side, whatever the browser did). */
export async function saveStep(input: StepInput): Promise<StepOutcome> {
  const registry = input.registry ?? STEP_REGISTRY;
  const { journey, journeySlug } = input;
  const step = registry.get(input.step);
  const parsed = step.schema({ whoFor: whoForOf(journey.answers) }).safeParse(step.read(input.formData, journey));
  if (!parsed.success) return { ok: false, errors: firstFieldErrors(parsed.error) };

  const firstIncompletePath = (progress: JourneyProgress) => journeyPath(journeySlug, registry.firstIncompleteStep(progress));
  const context: SaveContext = {
    journeySlug,
    journey,
    isChange: input.isChange,
    services: stepServices({ journey, step: step.slug, clientAddress: input.clientAddress }),
    path: (slug, options) => `${journeyPath(journeySlug, slug)}${options?.isChange ? "?change=1" : ""}`,
    firstIncompletePath,
    destination(answers, options) {
      if (!input.isChange) return journeyPath(journeySlug, registry.nextStep(step.slug, answers));
      // After a change: back to check your answers, unless the change opened a question that needs an answer.
      const incomplete = registry.firstIncompleteStep({ answers, verifiedEmail: journey.verifiedEmail, hasEvidenceFile: options?.hasEvidenceFile ?? journey.hasEvidenceFile });
      return incomplete === registry.finalStep ? journeyPath(journeySlug, incomplete) : `${journeyPath(journeySlug, incomplete)}?change=1`;
    },
  };
  return step.save(context, parsed.data);
}

async function sendCode(journeyId: string, email: string, clientAddress: string) {
  const allowed = await consumeChoiceAllowance([
    { kind: "code-ip", value: clientAddress },
    { kind: "code-email", value: email },
  ]);
  if (!allowed) return { ok: false as const, message: COMMON.tooManyRequests };
  return sendEmailCode({ journeyId, email });
}

/** "Send a new code": the same limits as the first. */
export async function resendCode(input: { journey: Journey; clientAddress: string }): Promise<{ ok: true } | { ok: false; message: string }> {
  const email = input.journey.answers.email;
  if (!email) return { ok: false, message: COMMON.notSaved };
  return sendCode(input.journey.id, email, input.clientAddress);
}
