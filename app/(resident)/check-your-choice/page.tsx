import type { Metadata } from "next";

import { orServiceProblem } from "@/app/_lib/service-problem";
import { Button } from "@/components/form-fields";
import { InsetText } from "@/components/inset-text";
import { LocalLink } from "@/components/local-link";
import { Panel } from "@/components/panel";
import { Table } from "@/components/table";
import { formatReferenceNumber } from "@/lib/consent/reference-number";
import { NHS_LOGIN_ROUTES } from "@/lib/content/nhs-login";
import { localiseHref } from "@/lib/i18n/paths";
import { getResidentContent } from "@/lib/i18n/server";
import { getResidentChoice } from "@/lib/identity/check-your-choice/get-resident-choice";
import { formatNhsNumber } from "@/lib/nhs-number/nhs-number";

import { choiceSummaryIn, historyRowsIn } from "@/lib/identity/check-your-choice/render-receipt-pdf";
import { currentResidentSession } from "./_lib/current-session";
import { changeChoiceAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getResidentContent()).content.nhsLogin.CHECK_YOUR_CHOICE.title, robots: { index: false } };
}

type PageProps = { searchParams: Promise<{ changed?: string }> };

// "Check your choice": for a resident signed in with NHS login at P9, their
// current state and every decision for their NHS number (each view audited),
// a PDF receipt, and a one-step change. Anyone else is offered NHS login.
export default async function CheckYourChoicePage({ searchParams }: PageProps) {
  const { locale, content } = await getResidentContent();
  const { CHECK_YOUR_CHOICE: C, NHS_LOGIN_START } = content.nhsLogin;
  const here = localiseHref(locale, NHS_LOGIN_ROUTES.checkYourChoice);
  const session = await orServiceProblem(here, "Reading an NHS login session", () => currentResidentSession());
  if (!session) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{C.signInTitle}</h1>
          <p>{C.signInIntro}</p>
          <LocalLink className="nhsuk-button" role="button" href={`${NHS_LOGIN_ROUTES.start}?for=check`} draggable="false">
            {NHS_LOGIN_START.button}
          </LocalLink>
        </div>
      </div>
    );
  }
  const choice = await orServiceProblem(here, "Reading a resident's choice", () =>
    getResidentChoice({ nhsNumber: session.nhsNumber, sessionId: session.id, view: "page" }),
  );
  const changed = (await searchParams).changed;
  const changedDecision = changed ? choice.decisions.find((d) => d.reference === changed) : undefined;
  const isOptedOut = choice.consent.status === "opted-out";
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        {changedDecision ? (
          <Panel heading={`${C.choiceLabel[changedDecision.choice]}: ${C.statusLabel[changedDecision.status]}`}>
            {formatReferenceNumber(changedDecision.reference)}
          </Panel>
        ) : null}
        <h1>{C.title}</h1>
        <p>{C.signedInAs(`${session.givenName} ${session.familyName}`, formatNhsNumber(session.nhsNumber))}</p>
        <h2>{C.currentHeading}</h2>
        <div data-testid="current-choice">
          {choiceSummaryIn(content, choice).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        {choice.decisions.length > 0 ? (
          <>
            <h2>{C.historyHeading}</h2>
            <Table id="decision-history" caption={C.historyCaption} head={C.historyHead} rows={historyRowsIn(content, choice)} firstCellIsHeader={false} responsive />
          </>
        ) : null}
        <p>
          <LocalLink href={NHS_LOGIN_ROUTES.receipt} download>
            {C.receiptLink}
          </LocalLink>
        </p>
        <h2>{C.changeHeading}</h2>
        <InsetText visuallyHiddenPrefix={content.site.INSET_TEXT_PREFIX}>
          <p>{C.changeHint}</p>
        </InsetText>
        <form action={changeChoiceAction}>
          <input type="hidden" name="choice" value={isOptedOut ? "OPT_IN" : "OPT_OUT"} />
          <Button>{isOptedOut ? C.optInButton : C.optOutButton}</Button>
        </form>
        <form method="post" action={localiseHref(locale, NHS_LOGIN_ROUTES.signOut)}>
          <Button isSecondary>{C.signOut}</Button>
        </form>
      </div>
    </div>
  );
}
