import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { BackLink } from "@/components/back-link";
import { Button } from "@/components/form-fields";
import { LocalLink } from "@/components/local-link";
import { JOURNEYS, type JourneySlug } from "@/lib/content/choice";
import { NHS_LOGIN_ROUTES } from "@/lib/content/nhs-login";
import { DOWNLOADS, ROUTES } from "@/lib/content/routes";
import { getEnv } from "@/lib/env";
import { getResidentContent } from "@/lib/i18n/server";
import { nhsLoginSettingsFrom } from "@/lib/identity/nhs-login/settings";

import { startJourneyAction } from "../actions";

type PageProps = { params: Promise<{ journey: string }> };

function isJourneySlug(value: string): value is JourneySlug {
  return Object.hasOwn(JOURNEYS, value);
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { journey } = await params;
  if (!isJourneySlug(journey)) return {};
  return { title: (await getResidentContent()).content.choice.JOURNEYS[journey].title };
}

// The start page, in the language of its address. "Start now" posts a plain
// form: it begins a fresh journey (a new cookie), so an earlier, finished
// journey is never reused; the action keeps the page's language.
export default async function ChoiceStartPage({ params }: PageProps) {
  const { journey } = await params;
  if (!isJourneySlug(journey)) notFound();
  const { content: words } = await getResidentContent();
  const { COMMON, START_PAGE } = words.choice;
  const { NHS_LOGIN_START } = words.nhsLogin;
  const content = words.choice.JOURNEYS[journey];
  return (
    <>
      <BackLink href={ROUTES.yourChoice} text={COMMON.backLink} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{content.title}</h1>
          {content.intro.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {nhsLoginSettingsFrom(getEnv()) ? (
            <>
              <h2>{NHS_LOGIN_START.heading}</h2>
              <p>{NHS_LOGIN_START.intro}</p>
              {/* /bn/nhs-login/start: the sign-in remembers the language it began in. */}
              <LocalLink className="nhsuk-button" role="button" draggable="false" href={`${NHS_LOGIN_ROUTES.start}?for=${journey}`}>
                {NHS_LOGIN_START.button}
              </LocalLink>
              <h2>{NHS_LOGIN_START.otherwiseHeading}</h2>
              <p>{NHS_LOGIN_START.otherwise}</p>
            </>
          ) : null}
          <h2>{START_PAGE.beforeYouStart}</h2>
          <p>{START_PAGE.youWillNeed}</p>
          <ul>
            {START_PAGE.needs.map((need) => (
              <li key={need}>{need}</li>
            ))}
          </ul>
          <p>{START_PAGE.takes}</p>
          <form action={startJourneyAction}>
            <input type="hidden" name="journey" value={journey} />
            <Button>{START_PAGE.startButton}</Button>
          </form>
          <p>
            {START_PAGE.paperIntro} <LocalLink href={DOWNLOADS.paperFormPdf}>{START_PAGE.paperLink}</LocalLink> {START_PAGE.paperOutro}
          </p>
        </div>
      </div>
    </>
  );
}
