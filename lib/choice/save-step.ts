import { CHECK_ANSWERS, COMMON, EVIDENCE, GP_PRACTICE, type JourneySlug } from "../content/choice";
import { getDb } from "../db";
import { checkEligibility, findGpPractice } from "../eligibility/check-eligibility";
import { checkEvidenceFile } from "../evidence/check-evidence-file";
import { cleanFileName } from "../files/clean-file-name";
import {
  aboutYouStepSchema,
  codeStepSchema,
  dateOfBirthStepSchema,
  decisionStepSchema,
  emailStepSchema,
  evidenceStepSchema,
  firstFieldErrors,
  gpPracticeStepSchema,
  nameStepSchema,
  nhsNumberStepSchema,
  postcodeStepSchema,
  whoForStepSchema,
} from "../validation/choice";
import { sendEmailCode, verifyEmailCode } from "./email-code";
import { saveAnswers, type Journey } from "./journey-store";
import { consumeChoiceAllowance } from "./rate-limits";
import { firstIncompleteStep, journeyPath, nextStep, type JourneyAnswers, type StepSlug } from "./steps";
import { submitChoice } from "./submit-choice";

export type StepOutcome = { ok: true; redirectTo: string } | { ok: false; errors: Record<string, string>; formError?: string };

type StepInput = {
  journeySlug: JourneySlug;
  journey: Journey;
  step: StepSlug;
  formData: FormData;
  isChange: boolean;
  clientAddress: string;
};

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

function progressOf(journey: Journey, answers: JourneyAnswers = journey.answers, hasEvidenceFile = journey.hasEvidenceFile) {
  return { answers, verifiedEmail: journey.verifiedEmail, hasEvidenceFile };
}

/** Where a saved answer leads: the next question, or back to check your answers after a change. */
function destination(input: StepInput, answers: JourneyAnswers, hasEvidenceFile = input.journey.hasEvidenceFile): string {
  const progress = progressOf(input.journey, answers, hasEvidenceFile);
  if (input.isChange) {
    const incomplete = firstIncompleteStep(progress);
    return incomplete === "check-answers" ? journeyPath(input.journeySlug, "check-answers") : `${journeyPath(input.journeySlug, incomplete)}?change=1`;
  }
  return journeyPath(input.journeySlug, nextStep(input.step, answers));
}

function parsed<T>(result: { success: true; data: T } | { success: false; error: import("zod").ZodError }): { data: T } | { errors: Record<string, string> } {
  return result.success ? { data: result.data } : { errors: firstFieldErrors(result.error) };
}

/** Validates and saves one question's answer (server side, whatever the browser did). */
export async function saveStep(input: StepInput): Promise<StepOutcome> {
  const { formData, journey, step } = input;
  const save = async (answers: Partial<JourneyAnswers>, evidenceFile?: Parameters<typeof saveAnswers>[0]["evidenceFile"]) =>
    saveAnswers({ journey, step, answers, evidenceFile });

  switch (step) {
    case "who-for": {
      const result = parsed(whoForStepSchema.safeParse({ madeBy: formData.get("madeBy") ?? undefined }));
      if ("errors" in result) return { ok: false, errors: result.errors };
      const answers = await save(result.data);
      return { ok: true, redirectTo: destination(input, answers) };
    }
    case "about-you": {
      const result = parsed(aboutYouStepSchema.safeParse({ proxyName: text(formData, "proxyName"), proxyRelationship: text(formData, "proxyRelationship") }));
      if ("errors" in result) return { ok: false, errors: result.errors };
      return { ok: true, redirectTo: destination(input, await save(result.data)) };
    }
    case "name": {
      const result = parsed(nameStepSchema.safeParse({ givenName: text(formData, "givenName"), familyName: text(formData, "familyName") }));
      if ("errors" in result) return { ok: false, errors: result.errors };
      return { ok: true, redirectTo: destination(input, await save(result.data)) };
    }
    case "date-of-birth": {
      const schema = dateOfBirthStepSchema({ isChild: journey.answers.madeBy === "PARENT_OR_GUARDIAN" });
      const result = parsed(schema.safeParse({ dobDay: text(formData, "dobDay"), dobMonth: text(formData, "dobMonth"), dobYear: text(formData, "dobYear") }));
      if ("errors" in result) return { ok: false, errors: result.errors };
      return { ok: true, redirectTo: destination(input, await save(result.data)) };
    }
    case "nhs-number": {
      const result = parsed(nhsNumberStepSchema.safeParse({ nhsNumber: text(formData, "nhsNumber") }));
      if ("errors" in result) return { ok: false, errors: result.errors };
      return { ok: true, redirectTo: destination(input, await save({ nhsNumber: result.data.nhsNumber })) };
    }
    case "postcode": {
      const result = parsed(postcodeStepSchema.safeParse({ postcode: text(formData, "postcode") }));
      if ("errors" in result) return { ok: false, errors: result.errors };
      const answers = await save(result.data);
      if (input.isChange && !(await checkEligibility(answers)).isEligible) return { ok: true, redirectTo: journeyPath(input.journeySlug, "not-eligible") };
      return { ok: true, redirectTo: destination(input, answers) };
    }
    case "gp-practice": {
      const result = parsed(gpPracticeStepSchema.safeParse({ gpPracticeOds: text(formData, "gpPracticeOds") }));
      if ("errors" in result) return { ok: false, errors: result.errors };
      const ods = result.data.gpPracticeOds;
      if (ods && !(await findGpPractice(ods))) return { ok: false, errors: { gpPracticeOds: GP_PRACTICE.errors.unknown } };
      const answers = await save({ gpPracticeOds: ods });
      if (!(await checkEligibility(answers)).isEligible) return { ok: true, redirectTo: journeyPath(input.journeySlug, "not-eligible") };
      return { ok: true, redirectTo: destination(input, answers) };
    }
    case "evidence": {
      const result = parsed(
        evidenceStepSchema.safeParse({
          evidenceMethod: formData.get("evidenceMethod") ?? undefined,
          evidenceFile: formData.get("evidenceFile") ?? undefined,
          hasUploadedFile: journey.hasEvidenceFile,
        }),
      );
      if ("errors" in result) return { ok: false, errors: result.errors };
      const { evidenceMethod, evidenceFile } = result.data;
      if (evidenceMethod === "UPLOAD" && evidenceFile && evidenceFile.size > 0) {
        const content = new Uint8Array(await evidenceFile.arrayBuffer());
        const check = checkEvidenceFile(content);
        if (!check.ok) {
          const message = check.problem === "too-big" ? EVIDENCE.errors.fileTooBig : check.problem === "empty" ? EVIDENCE.errors.fileRequired : EVIDENCE.errors.fileWrongType;
          return { ok: false, errors: { evidenceFile: message } };
        }
        const answers = await save({ evidenceMethod }, { content, mediaType: check.mediaType, fileName: cleanFileName(evidenceFile.name, { fallback: "evidence" }) });
        return { ok: true, redirectTo: destination(input, answers, true) };
      }
      const answers = await save({ evidenceMethod });
      return { ok: true, redirectTo: destination(input, answers, evidenceMethod === "UPLOAD" && journey.hasEvidenceFile) };
    }
    case "decision": {
      const result = parsed(decisionStepSchema.safeParse({ choice: formData.get("choice") ?? undefined }));
      if ("errors" in result) return { ok: false, errors: result.errors };
      return { ok: true, redirectTo: destination(input, await save(result.data)) };
    }
    case "email": {
      const result = parsed(emailStepSchema.safeParse({ email: text(formData, "email") }));
      if ("errors" in result) return { ok: false, errors: result.errors };
      const { email } = result.data;
      const answers = await save({ email });
      // Already proved in this journey: no need for another code.
      if (journey.verifiedEmail === email) return { ok: true, redirectTo: destination(input, answers) };
      const sent = await sendCode(input.journey.id, email, input.clientAddress);
      if (!sent.ok) return { ok: false, errors: {}, formError: sent.message };
      return { ok: true, redirectTo: `${journeyPath(input.journeySlug, "confirm-email")}${input.isChange ? "?change=1" : ""}` };
    }
    case "confirm-email": {
      const result = parsed(codeStepSchema.safeParse({ code: text(formData, "code") }));
      if ("errors" in result) return { ok: false, errors: result.errors };
      const verified = await verifyEmailCode({ journeyId: journey.id, code: result.data.code });
      if (!verified.ok) return { ok: false, errors: { code: verified.message } };
      const fresh = await findJourneyById(input);
      return { ok: true, redirectTo: journeyPath(input.journeySlug, firstIncompleteStep(progressOf(fresh))) };
    }
    case "check-answers": {
      const answers = journey.answers;
      if (!(await checkEligibility(answers)).isEligible) return { ok: true, redirectTo: journeyPath(input.journeySlug, "not-eligible") };
      const allowed = await consumeChoiceAllowance([
        { kind: "submit-ip", value: input.clientAddress },
        { kind: "submit-email", value: journey.verifiedEmail ?? "none" },
      ]);
      if (!allowed && !journey.submission) return { ok: false, errors: {}, formError: COMMON.tooManyRequests };
      const submitted = await submitChoice({ journey });
      if (!submitted.ok) {
        return { ok: false, errors: {}, formError: submitted.step === "confirm-email" ? CHECK_ANSWERS.errors.emailNotProved : CHECK_ANSWERS.errors.incomplete };
      }
      return { ok: true, redirectTo: journeyPath(input.journeySlug, "confirmation") };
    }
  }
}

/** The journey as it is now, after the code proved its address. */
async function findJourneyById(input: StepInput): Promise<Journey> {
  const row = await getDb().choiceJourney.findUniqueOrThrow({ where: { id: input.journey.id }, select: { verifiedEmail: true } });
  return { ...input.journey, verifiedEmail: row.verifiedEmail };
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
