"use server";

import { redirect } from "next/navigation";

import { orServiceProblem } from "@/app/_lib/service-problem";
import { NHS_LOGIN_ROUTES } from "@/lib/content/nhs-login";
import { localiseHref } from "@/lib/i18n/paths";
import { getResidentLocale } from "@/lib/i18n/server";
import { changeChoiceWithNhsLogin } from "@/lib/identity/check-your-choice/change-choice";

import { currentResidentSession } from "./_lib/current-session";

/** "Opt out now" / "Opt back in now" on Check your choice: one step, for the person signed in with NHS login. */
export async function changeChoiceAction(formData: FormData): Promise<void> {
  const choice = formData.get("choice");
  // The page's language, from its address (proxy.ts's x-locale, never a form field): the decision is
  // recorded and confirmed in it, and the resident goes back to the page in it.
  const locale = await getResidentLocale();
  const here = localiseHref(locale, NHS_LOGIN_ROUTES.checkYourChoice);
  const session = await orServiceProblem(here, "Reading an NHS login session", () => currentResidentSession());
  // Signed out or expired meanwhile: the page asks them to sign in again; nothing is recorded.
  if (!session || (choice !== "OPT_OUT" && choice !== "OPT_IN")) redirect(here);
  const recorded = await orServiceProblem(here, "Changing a choice with NHS login", () => changeChoiceWithNhsLogin({ session, choice, locale }));
  redirect(`${here}?changed=${recorded.reference}`);
}
