import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { BackLink } from "@/components/back-link";
import { Button } from "@/components/form-fields";
import { COMMON, JOURNEYS, START_PAGE, type JourneySlug } from "@/lib/content/choice";
import { NHS_LOGIN_ROUTES, NHS_LOGIN_START } from "@/lib/content/nhs-login";
import { DOWNLOADS, ROUTES } from "@/lib/content/routes";
import { getEnv } from "@/lib/env";
import { nhsLoginSettingsFrom } from "@/lib/identity/nhs-login/settings";

import { startJourneyAction } from "../actions";

type PageProps = { params: Promise<{ journey: string }> };

export function generateStaticParams() {
  return Object.keys(JOURNEYS).map((journey) => ({ journey }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { journey } = await params;
  return journey in JOURNEYS ? { title: JOURNEYS[journey as JourneySlug].title } : {};
}

// The start page. "Start now" posts a plain form: it begins a fresh journey
// (a new cookie), so an earlier, finished journey is never reused.
export default async function ChoiceStartPage({ params }: PageProps) {
  const { journey } = await params;
  if (!(journey in JOURNEYS)) notFound();
  const content = JOURNEYS[journey as JourneySlug];
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
              <a className="nhsuk-button" role="button" draggable="false" href={`${NHS_LOGIN_ROUTES.start}?for=${journey}`}>
                {NHS_LOGIN_START.button}
              </a>
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
            {START_PAGE.paperIntro} <a href={DOWNLOADS.paperFormPdf}>{START_PAGE.paperLink}</a> {START_PAGE.paperOutro}
          </p>
        </div>
      </div>
    </>
  );
}
