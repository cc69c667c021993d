"use server";

import { redirect } from "next/navigation";

import { orServiceProblem } from "@/app/_lib/service-problem";
import { NHS_LOGIN_ROUTES } from "@/lib/content/nhs-login";
import { changeChoiceWithNhsLogin } from "@/lib/identity/check-your-choice/change-choice";

import { currentResidentSession } from "./_lib/current-session";

/** "Opt out now" / "Opt back in now" on Check your choice: one step, for the person signed in with NHS login. */
export async function changeChoiceAction(formData: FormData): Promise<void> {
  const choice = formData.get("choice");
  const session = await orServiceProblem(NHS_LOGIN_ROUTES.checkYourChoice, "Reading an NHS login session", () => currentResidentSession());
  // Signed out or expired meanwhile: the page asks them to sign in again; nothing is recorded.
  if (!session || (choice !== "OPT_OUT" && choice !== "OPT_IN")) redirect(NHS_LOGIN_ROUTES.checkYourChoice);
  const recorded = await orServiceProblem(NHS_LOGIN_ROUTES.checkYourChoice, "Changing a choice with NHS login", () => changeChoiceWithNhsLogin({ session, choice }));
  redirect(`${NHS_LOGIN_ROUTES.checkYourChoice}?changed=${recorded.reference}`);
}
