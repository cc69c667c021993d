"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";

import { orServiceProblem } from "@/app/_lib/service-problem";
import { clientAddressFrom } from "@/lib/callback/callback-rate-limit";
import { findCodeProblem } from "@/lib/choice/email-code";
import { createJourney, findJourney, JOURNEY_COOKIE, JOURNEY_COOKIE_PATH, JOURNEY_LIFETIME_MS, type Journey } from "@/lib/choice/journey-store";
import { resendCode, saveStep } from "@/lib/choice/save-step";
import { isStep, journeyPath } from "@/lib/choice/steps";
import { JOURNEYS, type JourneySlug } from "@/lib/content/choice";
import { ROUTES } from "@/lib/content/routes";
import { getEnv } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { localiseHref } from "@/lib/i18n/paths";
import { getResidentContent } from "@/lib/i18n/server";
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

// The language is the page's: proxy.ts read it from the address the form was
// posted to (/bn/choice/...), never from anything the browser says. Every
// answer, message and redirect stays in it.

function journeySlugFrom(value: FormDataEntryValue | null, locale: Locale): JourneySlug {
  const slug = String(value ?? "");
  if (!Object.hasOwn(JOURNEYS, slug)) redirect(localiseHref(locale, ROUTES.yourChoice));
  return slug as JourneySlug;
}

/** A page of the journey, in the language. */
function pathIn(locale: Locale, journeySlug: JourneySlug, step?: string): string {
  return localiseHref(locale, journeyPath(journeySlug, step));
}

/** Plain text values to show again after an error (never files). */
function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value.slice(0, 1000);
  return values;
}

/** Starts a fresh journey: a new random token in an HttpOnly cookie, the answers in the database. */
export async function startJourneyAction(formData: FormData): Promise<void> {
  const { locale } = await getResidentContent();
  const journeySlug = journeySlugFrom(formData.get("journey"), locale);
  const { token } = await orServiceProblem(pathIn(locale, journeySlug), "Starting a choice journey", () => createJourney({ journey: journeySlug }));
  (await cookies()).set(JOURNEY_COOKIE[journeySlug], token, {
    ...siteCookieOptions(getEnv(), JOURNEY_COOKIE_PATH),
    maxAge: Math.floor(JOURNEY_LIFETIME_MS / 1000),
  });
  redirect(pathIn(locale, journeySlug, "who-for"));
}

/** Saves one answer: errors come back with the values; success redirects to the next page. */
export async function saveStepAction(_previous: StepFormState, formData: FormData): Promise<StepFormState> {
  const { locale, content } = await getResidentContent();
  const journeySlug = journeySlugFrom(formData.get("journey"), locale);
  const step = String(formData.get("step") ?? "");
  const token = (await cookies()).get(JOURNEY_COOKIE[journeySlug])?.value;
  const journey = await orServiceProblem(isStep(step) ? pathIn(locale, journeySlug, step) : pathIn(locale, journeySlug), "Reading a choice journey", () =>
    findJourney({ journey: journeySlug, token }),
  );
  if (!journey || !isStep(step)) redirect(pathIn(locale, journeySlug));
  // Sent already (back button, refresh, double click): show the same confirmation.
  if (journey.submission) redirect(pathIn(locale, journeySlug, "confirmation"));
  if (step === "confirm-email" && formData.get("intent") === RESEND_INTENT) return resendCodeState(journey, locale);

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
      locale,
    });
  } catch (error) {
    console.error(`Could not save the ${step} step of a choice journey`, error);
    return { values, errors: {}, formError: content.choice.COMMON.notSaved };
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
async function resendCodeState(journey: Journey, locale: Locale): Promise<StepFormState> {
  const { choice } = (await getResidentContent()).content;
  try {
    const sent = await resendCode({ journey, clientAddress: clientAddressFrom(await headers()), locale });
    if (sent.ok) return { values: {}, errors: {}, notice: choice.CONFIRM_EMAIL.resent };
    const codeProblem = await findCodeProblem({ journeyId: journey.id, locale });
    return { values: {}, errors: codeProblem ? { code: codeProblem } : {}, formError: sent.message };
  } catch (error) {
    console.error("Could not send a new security code", error);
    return { values: {}, errors: {}, formError: choice.COMMON.notSaved };
  }
}
