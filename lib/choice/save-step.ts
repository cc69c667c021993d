import type { JourneySlug } from "../content/choice";
import { contentFor } from "../content/locales";
import { getDb } from "../db";
import { checkEligibility, findGpPractice, listGpPractices } from "../eligibility/check-eligibility";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { localiseHref } from "../i18n/paths";
import { firstFieldErrors } from "../validation/choice";
import { browserJourneyWords } from "./journey-words";
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
  /** The language of the page the answer came from (from its address): messages, emails and the next page's address are in it. English by default. */
  locale?: Locale;
  /** The journey's questions (tests add their own); the site's by default. */
  registry?: StepRegistry;
};

/** What a step may do on the server, for this journey and request. */
export function stepServices(input: { journey: Journey; step: string; clientAddress: string; locale?: Locale }): StepServices {
  const { journey, step, clientAddress } = input;
  const locale = input.locale ?? DEFAULT_LOCALE;
  return {
    saveAnswers: (answers, evidenceFile) => saveAnswers({ journey, step, answers, evidenceFile }),
    isEligible: async (answers) => (await checkEligibility(answers)).isEligible,
    isKnownGpPractice: async (odsCode) => Boolean(await findGpPractice(odsCode)),
    gpPracticeName: async (odsCode) => (await listGpPractices()).find((practice) => practice.odsCode === odsCode)?.name,
    sendCode: (email) => sendCode(journey.id, email, clientAddress, locale),
    verifyCode: async (code) => {
      const verified = await verifyEmailCode({ journeyId: journey.id, code, locale });
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
    submitChoice: () => submitChoice({ journey, locale }),
  };
}

/** Validates and saves one question's answer (server side, whatever the browser did). */
export async function saveStep(input: StepInput): Promise<StepOutcome> {
  const registry = input.registry ?? STEP_REGISTRY;
  const { journey, journeySlug } = input;
  const locale = input.locale ?? DEFAULT_LOCALE;
  const content = contentFor(locale);
  const step = registry.get(input.step);
  // The same schema, built from the same words, as the page's form checks with in the browser.
  const parsed = step.schema({ whoFor: whoForOf(journey.answers), words: browserJourneyWords(content) }).safeParse(step.read(input.formData, journey));
  if (!parsed.success) return { ok: false, errors: firstFieldErrors(parsed.error) };

  // Every page the journey goes to next stays in its language (/bn/choice/opt-out/...).
  const pathOf = (slug: string) => localiseHref(locale, journeyPath(journeySlug, slug));
  const firstIncompletePath = (progress: JourneyProgress) => pathOf(registry.firstIncompleteStep(progress));
  const context: SaveContext = {
    journeySlug,
    content,
    journey,
    isChange: input.isChange,
    services: stepServices({ journey, step: step.slug, clientAddress: input.clientAddress, locale }),
    path: (slug, options) => `${pathOf(slug)}${options?.isChange ? "?change=1" : ""}`,
    firstIncompletePath,
    destination(answers, options) {
      if (!input.isChange) return pathOf(registry.nextStep(step.slug, answers));
      // After a change: back to check your answers, unless the change opened a question that needs an answer.
      const incomplete = registry.firstIncompleteStep({ answers, verifiedEmail: journey.verifiedEmail, hasEvidenceFile: options?.hasEvidenceFile ?? journey.hasEvidenceFile });
      return incomplete === registry.finalStep ? pathOf(incomplete) : `${pathOf(incomplete)}?change=1`;
    },
  };
  return step.save(context, parsed.data);
}

async function sendCode(journeyId: string, email: string, clientAddress: string, locale: Locale) {
  const allowed = await consumeChoiceAllowance([
    { kind: "code-ip", value: clientAddress },
    { kind: "code-email", value: email },
  ]);
  if (!allowed) return { ok: false as const, message: contentFor(locale).choice.COMMON.tooManyRequests };
  return sendEmailCode({ journeyId, email, locale });
}

/** "Send a new code": the same limits as the first. */
export async function resendCode(input: { journey: Journey; clientAddress: string; locale?: Locale }): Promise<{ ok: true } | { ok: false; message: string }> {
  const locale = input.locale ?? DEFAULT_LOCALE;
  const email = input.journey.answers.email;
  if (!email) return { ok: false, message: contentFor(locale).choice.COMMON.notSaved };
  return sendCode(input.journey.id, email, input.clientAddress, locale);
}
