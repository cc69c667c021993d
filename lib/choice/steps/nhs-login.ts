import { z } from "zod";

import type { JourneyAnswers } from "../journey-answers";
import { formatNhsNumber } from "../../nhs-number/nhs-number";
import { isAnsweredByNhsLogin } from "../journey-answers";
import { defineStep, sameTitle, type JourneyContent } from "./registry";

/**
 * What NHS login answered (who the choice is for, name, date of birth, NHS
 * number and, when it has one, the email address): never asked, shown
 * read-only on check your answers. The questions it replaces do not apply in
 * these journeys (docs/decisions/016).
 */
export const nhsLoginStep = defineStep({
  slug: "nhs-login",
  title: (content) => sameTitle(content.nhsLogin.NHS_LOGIN_DETAILS.title),
  appliesTo: isAnsweredByNhsLogin,
  isComplete: () => true,
  isSkippedGoingBack: true,
  schema: () => z.object({}),
  fieldIds: {},
  read: () => ({}),
  defaults: () => ({}),
  fieldData: ({ journey, content }) => ({ rows: nhsLoginRows(journey.answers, content) }),
  save: async (context) => ({ ok: true, redirectTo: context.destination(context.journey.answers) }),
  checkAnswers: ({ answers }, _services, content) => nhsLoginRows(answers, content),
});

function nhsLoginRows(answers: JourneyAnswers, content: JourneyContent) {
  const { CHECK_ANSWERS } = content.choice;
  const { NHS_LOGIN_DETAILS } = content.nhsLogin;
  const row = (key: string, value: string) => ({ key, value, step: "nhs-login", isReadOnly: true });
  return [
    row(CHECK_ANSWERS.rows.madeBy, NHS_LOGIN_DETAILS.madeBy),
    row(CHECK_ANSWERS.rows.name, `${answers.givenName ?? ""} ${answers.familyName ?? ""}`),
    row(CHECK_ANSWERS.rows.dateOfBirth, answers.dateOfBirth ? content.dates.formatCalendarDate(new Date(`${answers.dateOfBirth}T00:00:00Z`)) : ""),
    row(CHECK_ANSWERS.rows.nhsNumber, answers.nhsNumber ? formatNhsNumber(answers.nhsNumber) : ""),
    ...(answers.nhsLogin?.email ? [row(CHECK_ANSWERS.rows.email, answers.nhsLogin.email)] : []),
  ];
}
