import { z } from "zod";

import { CHECK_ANSWERS } from "../../content/choice";
import { formatCalendarDate } from "../../content/dates";
import { NHS_LOGIN_DETAILS } from "../../content/nhs-login";
import { formatNhsNumber } from "../../nhs-number/nhs-number";
import { isAnsweredByNhsLogin } from "../journey-answers";
import { defineStep, sameTitle } from "./registry";

/**
 * What NHS login answered (who the choice is for, name, date of birth, NHS
 * number and, when it has one, the email address): never asked, shown
 * read-only on check your answers. The questions it replaces do not apply in
 * these journeys (docs/decisions/016).
 */
export const nhsLoginStep = defineStep({
  slug: "nhs-login",
  title: sameTitle(NHS_LOGIN_DETAILS.title),
  appliesTo: isAnsweredByNhsLogin,
  isComplete: () => true,
  isSkippedGoingBack: true,
  schema: () => z.object({}),
  fieldIds: {},
  read: () => ({}),
  defaults: () => ({}),
  fieldData: ({ journey }) => ({ rows: nhsLoginRows(journey.answers) }),
  save: async (context) => ({ ok: true, redirectTo: context.destination(context.journey.answers) }),
  checkAnswers: ({ answers }) => nhsLoginRows(answers),
});

function nhsLoginRows(answers: Parameters<typeof isAnsweredByNhsLogin>[0]) {
  const row = (key: string, value: string) => ({ key, value, step: "nhs-login", isReadOnly: true });
  return [
    row(CHECK_ANSWERS.rows.madeBy, NHS_LOGIN_DETAILS.madeBy),
    row(CHECK_ANSWERS.rows.name, `${answers.givenName ?? ""} ${answers.familyName ?? ""}`),
    row(CHECK_ANSWERS.rows.dateOfBirth, answers.dateOfBirth ? formatCalendarDate(new Date(`${answers.dateOfBirth}T00:00:00Z`)) : ""),
    row(CHECK_ANSWERS.rows.nhsNumber, answers.nhsNumber ? formatNhsNumber(answers.nhsNumber) : ""),
    ...(answers.nhsLogin?.email ? [row(CHECK_ANSWERS.rows.email, answers.nhsLogin.email)] : []),
  ];
}
