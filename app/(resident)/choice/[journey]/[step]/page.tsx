import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";

import { orServiceProblem } from "@/app/_lib/service-problem";
import { BackLink } from "@/components/back-link";
import { Panel } from "@/components/panel";
import { SummaryList } from "@/components/summary-list";
import { findJourney, JOURNEY_COOKIE, type Journey } from "@/lib/choice/journey-store";
import { firstIncompleteStep, isProxy, isStep, isStepApplicable, journeyPath, previousStep, STEPS, type StepSlug } from "@/lib/choice/steps";
import { formatReferenceNumber } from "@/lib/consent/reference-number";
import {
  ABOUT_YOU,
  CHECK_ANSWERS,
  COMMON,
  CONFIRM_EMAIL,
  CONFIRMATION,
  DATE_OF_BIRTH,
  DECISION,
  EMAIL,
  EVIDENCE,
  GP_PRACTICE,
  JOURNEYS,
  NAME,
  NHS_NUMBER,
  NOT_ELIGIBLE,
  POSTCODE,
  WHO_FOR,
  type JourneySlug,
} from "@/lib/content/choice";
import { formatCalendarDate } from "@/lib/content/dates";
import { ROUTES } from "@/lib/content/routes";
import { listGpPractices } from "@/lib/eligibility/check-eligibility";
import { formatNhsNumber } from "@/lib/nhs-number/nhs-number";

import { ResendCodeForm } from "../../_components/resend-code-form";
import { StepForm } from "../../_components/step-form";

type PageProps = { params: Promise<{ journey: string; step: string }>; searchParams: Promise<{ change?: string }> };

const EXTRA_PAGES = ["confirmation", "not-eligible"] as const;

function titleFor(step: StepSlug | (typeof EXTRA_PAGES)[number], journey: Journey | null, slug: JourneySlug): string {
  const isSelf = !journey || !isProxy(journey.answers);
  switch (step) {
    case "who-for": return WHO_FOR.title;
    case "about-you": return ABOUT_YOU.title;
    case "name": return isSelf ? NAME.titleSelf : NAME.titleProxy;
    case "date-of-birth": return isSelf ? DATE_OF_BIRTH.titleSelf : DATE_OF_BIRTH.titleProxy;
    case "nhs-number": return isSelf ? NHS_NUMBER.titleSelf : NHS_NUMBER.titleProxy;
    case "postcode": return isSelf ? POSTCODE.titleSelf : POSTCODE.titleProxy;
    case "gp-practice": return isSelf ? GP_PRACTICE.titleSelf : GP_PRACTICE.titleProxy;
    case "evidence": return EVIDENCE.title;
    case "decision": return DECISION.title;
    case "email": return EMAIL.title;
    case "confirm-email": return CONFIRM_EMAIL.title;
    case "check-answers": return CHECK_ANSWERS.title;
    case "not-eligible": return NOT_ELIGIBLE.title;
    case "confirmation": return CONFIRMATION.title[JOURNEYS[slug].choice];
  }
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { journey, step } = await params;
  if (!(journey in JOURNEYS) || !(isStep(step) || (EXTRA_PAGES as readonly string[]).includes(step))) return {};
  // The title names the question, never an answer.
  const title = step === "confirmation" ? CONFIRMATION.title[JOURNEYS[journey as JourneySlug].choice] : titleFor(step as StepSlug, null, journey as JourneySlug);
  return { title: `${title} – ${JOURNEYS[journey as JourneySlug].title}` };
}

export default async function ChoiceStepPage({ params, searchParams }: PageProps) {
  const { journey: slug, step } = await params;
  if (!(slug in JOURNEYS)) notFound();
  const journeySlug = slug as JourneySlug;
  const isChange = (await searchParams).change === "1";
  const token = (await cookies()).get(JOURNEY_COOKIE[journeySlug])?.value;
  const here = `/choice/${journeySlug}/${encodeURIComponent(step)}`;
  const journey = await orServiceProblem(here, "Reading a choice journey", () => findJourney({ journey: journeySlug, token }));
  if (!journey) redirect(journeyPath(journeySlug));

  if (step === "confirmation") {
    if (!journey.submission) redirect(journeyPath(journeySlug, "check-answers"));
    return <ConfirmationView journey={journey} />;
  }
  // Already sent: back, refresh or resubmit lands on the same confirmation.
  if (journey.submission) redirect(journeyPath(journeySlug, "confirmation"));
  if (step === "not-eligible") return <NotEligibleView journeySlug={journeySlug} />;
  if (!isStep(step)) notFound();

  const progress = { answers: journey.answers, verifiedEmail: journey.verifiedEmail, hasEvidenceFile: journey.hasEvidenceFile };
  const firstIncomplete = firstIncompleteStep(progress);
  // No skipping ahead, and no questions that do not apply.
  if (STEPS.indexOf(step) > STEPS.indexOf(firstIncomplete) || !isStepApplicable(step, journey.answers)) {
    redirect(journeyPath(journeySlug, firstIncomplete));
  }
  if (step === "confirm-email" && !journey.otpEmail) redirect(journeyPath(journeySlug, "email"));

  const previous = previousStep(step, journey.answers);
  const backHref = isChange ? journeyPath(journeySlug, "check-answers") : previous ? journeyPath(journeySlug, previous) : journeyPath(journeySlug);
  const title = titleFor(step, journey, journeySlug);
  const answers = journey.answers;
  const [dobYear, dobMonth, dobDay] = (answers.dateOfBirth ?? "").split("-");
  const defaults: Record<string, string> = {
    madeBy: answers.madeBy ?? "",
    proxyName: answers.proxyName ?? "",
    proxyRelationship: answers.proxyRelationship ?? "",
    givenName: answers.givenName ?? "",
    familyName: answers.familyName ?? "",
    dobDay: dobDay ? String(Number(dobDay)) : "",
    dobMonth: dobMonth ? String(Number(dobMonth)) : "",
    dobYear: dobYear ?? "",
    nhsNumber: answers.nhsNumber ? formatNhsNumber(answers.nhsNumber) : "",
    postcode: answers.postcode ?? "",
    gpPracticeOds: answers.gpPracticeOds ?? "",
    evidenceMethod: answers.evidenceMethod ?? "",
    choice: answers.choice ?? "",
    email: answers.email ?? "",
  };

  if (step === "check-answers") {
    return (
      <>
        <BackLink href={journeyPath(journeySlug, previousStep("confirm-email", answers) ?? "email")} text={COMMON.backLink} />
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <h1>{title}</h1>
            <SummaryList rows={await orServiceProblem(here, "Reading the answers to check", () => checkAnswerRows(journey, journeySlug))} />
            <h2>{CHECK_ANSWERS.declarationHeading}</h2>
            <p>{CHECK_ANSWERS.declaration}</p>
            <StepForm journey={journeySlug} step={step} isChange={false} title={title} defaults={{}} submitLabel={CHECK_ANSWERS.submit} />
          </div>
        </div>
      </>
    );
  }

  const practices =
    step === "gp-practice"
      ? (await orServiceProblem(here, "Listing GP practices", () => listGpPractices())).map((p) => ({ value: p.odsCode, label: p.name }))
      : undefined;
  return (
    <>
      <BackLink href={backHref} text={COMMON.backLink} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {step === "confirm-email" ? (
            <>
              <h1>{title}</h1>
              <p>{CONFIRM_EMAIL.sentTo(journey.otpEmail ?? "")}</p>
            </>
          ) : null}
          <StepForm
            journey={journeySlug}
            step={step}
            isChange={isChange}
            title={title}
            defaults={defaults}
            isChild={answers.madeBy === "PARENT_OR_GUARDIAN"}
            isSelf={!isProxy(answers)}
            practices={practices}
            uploadedFileName={journey.evidenceFileName}
          />
          {step === "confirm-email" ? (
            <>
              <ResendCodeForm journey={journeySlug} />
              <p>
                <a href={`${journeyPath(journeySlug, "email")}${isChange ? "?change=1" : ""}`}>{CONFIRM_EMAIL.changeEmail}</a>
              </p>
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}

async function checkAnswerRows(journey: Journey, journeySlug: JourneySlug) {
  const a = journey.answers;
  const change = (step: StepSlug) => ({ href: `${journeyPath(journeySlug, step)}?change=1`, text: COMMON.change });
  const practice = a.gpPracticeOds ? (await listGpPractices()).find((p) => p.odsCode === a.gpPracticeOds)?.name : undefined;
  const rows = [
    { key: CHECK_ANSWERS.rows.madeBy, value: WHO_FOR.options.find((o) => o.value === a.madeBy)?.label ?? "", change: change("who-for") },
    ...(isProxy(a)
      ? [
          { key: CHECK_ANSWERS.rows.proxyName, value: a.proxyName ?? "", change: change("about-you") },
          { key: CHECK_ANSWERS.rows.proxyRelationship, value: a.proxyRelationship ?? "", change: change("about-you") },
        ]
      : []),
    { key: CHECK_ANSWERS.rows.name, value: `${a.givenName ?? ""} ${a.familyName ?? ""}`, change: change("name") },
    { key: CHECK_ANSWERS.rows.dateOfBirth, value: a.dateOfBirth ? formatCalendarDate(new Date(`${a.dateOfBirth}T00:00:00Z`)) : "", change: change("date-of-birth") },
    { key: CHECK_ANSWERS.rows.nhsNumber, value: a.nhsNumber ? formatNhsNumber(a.nhsNumber) : CHECK_ANSWERS.notGiven, change: change("nhs-number") },
    { key: CHECK_ANSWERS.rows.postcode, value: a.postcode ?? "", change: change("postcode") },
    { key: CHECK_ANSWERS.rows.gpPractice, value: practice ?? CHECK_ANSWERS.notGiven, change: change("gp-practice") },
    ...(isProxy(a)
      ? [
          {
            key: CHECK_ANSWERS.rows.evidence,
            value: a.evidenceMethod === "UPLOAD" && journey.evidenceFileName ? CHECK_ANSWERS.evidenceUploaded(journey.evidenceFileName) : CHECK_ANSWERS.evidencePost,
            change: change("evidence"),
          },
        ]
      : []),
    { key: CHECK_ANSWERS.rows.decision, value: DECISION.options.find((o) => o.value === a.choice)?.label ?? "", change: change("decision") },
    { key: CHECK_ANSWERS.rows.email, value: journey.verifiedEmail ?? "", change: change("email") },
  ];
  return rows;
}

function ConfirmationView({ journey }: { journey: Journey }) {
  const submission = journey.submission!;
  const a = journey.answers;
  const choice = a.choice ?? "OPT_OUT";
  // An opt-out always takes effect; an opt-in's words never depend on its
  // outcome, which would tell anyone the person's current choice (docs/decisions/015).
  const next = choice === "OPT_OUT" ? CONFIRMATION.next.OPT_OUT_EFFECTIVE : CONFIRMATION.next.OPT_IN_RECEIVED;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Panel heading={CONFIRMATION.title[choice]}>
          {CONFIRMATION.referenceLabel}
          <br />
          <strong data-testid="reference-number">{formatReferenceNumber(submission.reference)}</strong>
        </Panel>
        <p>{CONFIRMATION.emailSent(journey.verifiedEmail ?? "")}</p>
        <h2>{CONFIRMATION.whatHappensNext}</h2>
        {next.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        {isProxy(a) ? <p>{CONFIRMATION.next.PROXY_EVIDENCE}</p> : null}
        <p>{CONFIRMATION.changeMind}</p>
        <p>
          <a href={ROUTES.home}>{CONFIRMATION.backHome}</a>
        </p>
      </div>
    </div>
  );
}

function NotEligibleView({ journeySlug }: { journeySlug: JourneySlug }) {
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
            {NOT_ELIGIBLE.changeAnswers} <a href={`${journeyPath(journeySlug, "postcode")}?change=1`}>{NOT_ELIGIBLE.changePostcode}</a> {NOT_ELIGIBLE.or}{" "}
            <a href={journeyPath(journeySlug, "gp-practice")}>{NOT_ELIGIBLE.changeGp}</a>.
          </p>
        </div>
      </div>
    </>
  );
}
