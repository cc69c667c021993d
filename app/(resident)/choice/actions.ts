"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";

import { orServiceProblem } from "@/app/_lib/service-problem";
import { clientAddressFrom } from "@/lib/callback/callback-rate-limit";
import { findCodeProblem } from "@/lib/choice/email-code";
import { createJourney, findJourney, JOURNEY_COOKIE, JOURNEY_LIFETIME_MS, type Journey } from "@/lib/choice/journey-store";
import { resendCode, saveStep } from "@/lib/choice/save-step";
import { isStep, journeyPath } from "@/lib/choice/steps";
import { COMMON, CONFIRM_EMAIL, JOURNEYS, type JourneySlug } from "@/lib/content/choice";
import { getEnv } from "@/lib/env";
import { siteCookieOptions } from "@/lib/security/cookies";

import { RESEND_INTENT } from "./[journey]/[step]/_fields/confirm-email";

export type StepFormState = {
  values: Record<string, string>;
  errors: Record<string, string>;
  /** A problem with the form as a whole. */
  formError?: string;
  /** A notice such as "we have sent a new code". */
  notice?: string;
};

function journeySlugFrom(value: FormDataEntryValue | null): JourneySlug {
  const slug = String(value ?? "");
  if (!(slug in JOURNEYS)) redirect("/your-choice");
  return slug as JourneySlug;
}

/** Plain text values to show again after an error (never files). */
function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value.slice(0, 1000);
  return values;
}

/** Starts a fresh journey: a new random token in an HttpOnly cookie, the answers in the database. */
export async function startJourneyAction(formData: FormData): Promise<void> {
  const journeySlug = journeySlugFrom(formData.get("journey"));
  const { token } = await orServiceProblem(journeyPath(journeySlug), "Starting a choice journey", () => createJourney({ journey: journeySlug }));
  (await cookies()).set(JOURNEY_COOKIE[journeySlug], token, {
    ...siteCookieOptions(getEnv(), "/choice"),
    maxAge: Math.floor(JOURNEY_LIFETIME_MS / 1000),
  });
  redirect(journeyPath(journeySlug, "who-for"));
}

/** Saves one answer: errors come back with the values; success redirects to the next page. */
export async function saveStepAction(_previous: StepFormState, formData: FormData): Promise<StepFormState> {
  const journeySlug = journeySlugFrom(formData.get("journey"));
  const step = String(formData.get("step") ?? "");
  const token = (await cookies()).get(JOURNEY_COOKIE[journeySlug])?.value;
  const journey = await orServiceProblem(isStep(step) ? journeyPath(journeySlug, step) : journeyPath(journeySlug), "Reading a choice journey", () =>
    findJourney({ journey: journeySlug, token }),
  );
  if (!journey || !isStep(step)) redirect(journeyPath(journeySlug));
  // Sent already (back button, refresh, double click): show the same confirmation.
  if (journey.submission) redirect(journeyPath(journeySlug, "confirmation"));
  if (step === "confirm-email" && formData.get("intent") === RESEND_INTENT) return resendCodeState(journey);

  const values = submittedValues(formData);
  let outcome;
  try {
    outcome = await saveStep({
      journeySlug,
      journey,
      step,
      formData,
      isChange: formData.get("change") === "1",
      clientAddress: clientAddressFrom(await headers()),
    });
  } catch (error) {
    console.error(`Could not save the ${step} step of a choice journey`, error);
    return { values, errors: {}, formError: COMMON.notSaved };
  }
  if (!outcome.ok) return { values, errors: outcome.errors, formError: outcome.formError };
  // Outside the try: redirect() works by throwing.
  redirect(outcome.redirectTo);
}

/**
 * "Send a new code" on the check your email page. The answer says whether a
 * code was sent and, when none was, what is still true of the last one (used
 * up, expired): the page never drops a true error because a new code was asked for.
 */
async function resendCodeState(journey: Journey): Promise<StepFormState> {
  try {
    const sent = await resendCode({ journey, clientAddress: clientAddressFrom(await headers()) });
    if (sent.ok) return { values: {}, errors: {}, notice: CONFIRM_EMAIL.resent };
    const codeProblem = await findCodeProblem({ journeyId: journey.id });
    return { values: {}, errors: codeProblem ? { code: codeProblem } : {}, formError: sent.message };
  } catch (error) {
    console.error("Could not send a new security code", error);
    return { values: {}, errors: {}, formError: COMMON.notSaved };
  }
}
