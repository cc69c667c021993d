import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";

import { orServiceProblem } from "@/app/_lib/service-problem";
import { AddressLines } from "@/components/address-lines";
import { BackLink } from "@/components/back-link";
import { LocalLink } from "@/components/local-link";
import { Panel } from "@/components/panel";
import { isProxy, journeyPath, whoForOf } from "@/lib/choice/journey-answers";
import { findJourney, JOURNEY_COOKIE, type Journey } from "@/lib/choice/journey-store";
import { browserJourneyWords } from "@/lib/choice/journey-words";
import { REQUEST_TOO_LARGE_PROBLEM } from "@/lib/choice/request-too-large";
import { STEP_REGISTRY, type StepSlug } from "@/lib/choice/steps/index";
import { formatReferenceNumber } from "@/lib/consent/reference-number";
import { JOURNEYS as ENGLISH_JOURNEYS, type JourneySlug } from "@/lib/content/choice";
import type { SiteContent } from "@/lib/content/locales/site-content";
import { ROUTES } from "@/lib/content/routes";
import { listGpPractices } from "@/lib/eligibility/check-eligibility";
import { localiseHref } from "@/lib/i18n/paths";
import { getResidentContent } from "@/lib/i18n/server";

import { StepForm } from "../../_components/step-form";

type PageProps = { params: Promise<{ journey: string; step: string }>; searchParams: Promise<{ change?: string; problem?: string }> };

const EXTRA_PAGES = ["confirmation", "not-eligible"] as const;
function isJourneySlug(value: string): value is JourneySlug {
  return Object.hasOwn(ENGLISH_JOURNEYS, value);
}

/** The journey the cookie points at. */
async function readJourney(journeySlug: JourneySlug): Promise<Journey | null> {
  const token = (await cookies()).get(JOURNEY_COOKIE[journeySlug])?.value;
  return findJourney({ journey: journeySlug, token });
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { journey, step } = await params;
  if (!isJourneySlug(journey)) return {};
  const { JOURNEYS, CONFIRMATION, NOT_ELIGIBLE } = (await getResidentContent()).content.choice;
  if (step === "confirmation") return { title: `${CONFIRMATION.title[ENGLISH_JOURNEYS[journey].choice]} – ${JOURNEYS[journey].title}` };
  if (step === "not-eligible") return { title: `${NOT_ELIGIBLE.title} – ${JOURNEYS[journey].title}` };
  // A question's page has its title from StepForm: the question as its heading asks it (for whoever the
  // choice is for), with "Error: " first while the page shows errors, which only the form knows, with or
  // without JavaScript. null keeps the layout's default title out, so the document has that one title.
  return STEP_REGISTRY.isStep(step) ? { title: null } : {};
}

export default async function ChoiceStepPage({ params, searchParams }: PageProps) {
  const { journey: slug, step } = await params;
  if (!isJourneySlug(slug)) notFound();
  const journeySlug = slug;
  const { locale, content } = await getResidentContent();
  const { JOURNEYS, COMMON } = content.choice;
  // Every address of the journey in the page's language (/bn/choice/opt-out/name).
  const pathOf = (step?: string) => localiseHref(locale, journeyPath(journeySlug, step));
  const search = await searchParams;
  const isChange = search.change === "1";
  const here = localiseHref(locale, `/choice/${journeySlug}/${encodeURIComponent(step)}`);
  const journey = await orServiceProblem(here, "Reading a choice journey", () => readJourney(journeySlug));
  if (!journey) redirect(pathOf());

  if (step === "confirmation") {
    if (!journey.submission) redirect(pathOf("check-answers"));
    return <ConfirmationView journey={journey} content={content} />;
  }
  // Already sent: back, refresh or resubmit lands on the same confirmation.
  if (journey.submission) redirect(pathOf("confirmation"));
  if (step === "not-eligible") return <NotEligibleView journeySlug={journeySlug} content={content} />;
  if (!STEP_REGISTRY.isStep(step) || (EXTRA_PAGES as readonly string[]).includes(step)) notFound();

  const { answers } = journey;
  const progress = { answers, verifiedEmail: journey.verifiedEmail, hasEvidenceFile: journey.hasEvidenceFile };
  const firstIncomplete = STEP_REGISTRY.firstIncompleteStep(progress);
  // No skipping ahead, and no questions that do not apply.
  if (STEP_REGISTRY.indexOf(step) > STEP_REGISTRY.indexOf(firstIncomplete) || !STEP_REGISTRY.isApplicable(step, answers)) {
    redirect(pathOf(firstIncomplete));
  }
  if (step === "confirm-email" && !journey.otpEmail) redirect(pathOf("email"));

  const definition = STEP_REGISTRY.get(step);
  const whoFor = whoForOf(answers);
  const title = definition.title(content)[whoFor];
  const previous = STEP_REGISTRY.previousStep(step, answers);
  // BackLink keeps the page's language itself (LocalLink).
  const backHref = isChange ? journeyPath(journeySlug, "check-answers") : previous ? journeyPath(journeySlug, previous) : journeyPath(journeySlug);
  const gpPracticeName = async (ods: string) => (await listGpPractices()).find((practice) => practice.odsCode === ods)?.name;
  const data = definition.fieldData
    ? await orServiceProblem(here, `Reading what the ${step} question shows`, async () =>
        definition.fieldData!({
          journey,
          content,
          listGpPractices: async () => (await listGpPractices()).map((practice) => ({ value: practice.odsCode, label: practice.name })),
          checkAnswerRows: () => STEP_REGISTRY.checkAnswerRows(journey, { gpPracticeName }, content),
        }),
      )
    : {};
  // proxy.ts sends a form too large to read back here (lib/choice/request-too-large.ts).
  const initialErrors = search.problem === REQUEST_TOO_LARGE_PROBLEM ? definition.whenRequestTooLarge?.(content) : undefined;

  return (
    <>
      <BackLink href={backHref} text={COMMON.backLink} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <StepForm
            journey={journeySlug}
            locale={locale}
            step={step as StepSlug}
            isChange={isChange}
            whoFor={whoFor}
            title={title}
            documentTitle={`${title} – ${JOURNEYS[journeySlug].title} – ${content.site.SITE_TITLE}`}
            words={browserJourneyWords(content)}
            submitLabel={definition.submitLabel?.(content) ?? COMMON.continue}
            defaults={definition.defaults(answers)}
            initialErrors={initialErrors}
            data={data}
          />
        </div>
      </div>
    </>
  );
}

function ConfirmationView({ journey, content }: { journey: Journey; content: SiteContent }) {
  const { CONFIRMATION } = content.choice;
  // The return address is the contact address (as RETURN_ADDRESS is), with an operator's English marked as English.
  const returnAddress = content.contactDetails.CONTACT_DETAILS.marked.postalAddress;
  const submission = journey.submission!;
  const a = journey.answers;
  const choice = a.choice ?? "OPT_OUT";
  const reference = formatReferenceNumber(submission.reference);
  // An opt-out always takes effect; an opt-in's words never depend on its
  // outcome, which would tell anyone the person's current choice (docs/decisions/015).
  const next = choice === "OPT_OUT" ? CONFIRMATION.next.OPT_OUT_EFFECTIVE : CONFIRMATION.next.OPT_IN_RECEIVED;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Panel heading={CONFIRMATION.title[choice]}>
          {CONFIRMATION.referenceLabel}
          <br />
          <strong data-testid="reference-number">{reference}</strong>
        </Panel>
        <p className="nhsuk-u-text-break-word">{CONFIRMATION.emailSent(journey.verifiedEmail ?? "")}</p>
        {isProxy(a) && a.evidenceMethod === "POST" ? (
          <>
            <h2>{CONFIRMATION.postEvidence.heading}</h2>
            <p>{CONFIRMATION.postEvidence.intro}</p>
            <AddressLines lines={returnAddress} testId="postal-address" />
            <p>{CONFIRMATION.postEvidence.quoteReference(reference)}</p>
          </>
        ) : null}
        <h2>{CONFIRMATION.whatHappensNext}</h2>
        {next.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        {isProxy(a) ? <p>{CONFIRMATION.next.PROXY_EVIDENCE}</p> : null}
        <p>{CONFIRMATION.changeMind}</p>
        <p>
          <LocalLink href={ROUTES.home}>{CONFIRMATION.backHome}</LocalLink>
        </p>
      </div>
    </div>
  );
}

function NotEligibleView({ journeySlug, content }: { journeySlug: JourneySlug; content: SiteContent }) {
  const { NOT_ELIGIBLE, COMMON } = content.choice;
  return (
    <>
      <BackLink href={journeyPath(journeySlug, "gp-practice")} text={COMMON.backLink} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{NOT_ELIGIBLE.title}</h1>
          {NOT_ELIGIBLE.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          <h2>{NOT_ELIGIBLE.whatToDoHeading}</h2>
          <ul>
            {NOT_ELIGIBLE.alternatives.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.text}</a>
              </li>
            ))}
          </ul>
          <p>
            {NOT_ELIGIBLE.changeAnswers} <LocalLink href={`${journeyPath(journeySlug, "postcode")}?change=1`}>{NOT_ELIGIBLE.changePostcode}</LocalLink> {NOT_ELIGIBLE.or}{" "}
            <LocalLink href={journeyPath(journeySlug, "gp-practice")}>{NOT_ELIGIBLE.changeGp}</LocalLink>.
          </p>
        </div>
      </div>
    </>
  );
}

