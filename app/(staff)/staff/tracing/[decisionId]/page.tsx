import type { Metadata } from "next";
import Link from "next/link";

import { ActionForm } from "@/components/staff/action-form";
import { DecisionTimeline } from "@/components/staff/decision-timeline";
import { FormDraftNotice } from "@/components/staff/form-draft-notice";
import { formatNhsNumber } from "@/lib/nhs-number/nhs-number";
import { getDecisionForStaff } from "@/lib/people/get-decision-for-staff";

import { restoreDraftForPage } from "../../../_lib/form-draft";
import { requireStaff, STAFF_ROUTES, staffNotFound } from "../../../_lib/staff-session";
import { recordTracedNhsNumberAction } from "../actions";

export const metadata: Metadata = { title: "Trace a decision" };

export default async function TraceDecisionPage({ params, searchParams }: { params: Promise<{ decisionId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requireStaff("tracing:record", "trace a decision");
  const { decisionId } = await params;
  const decision = await getDecisionForStaff({ decisionId, viewer: staff.actor });
  if (!decision) return staffNotFound();
  // The form this account was sending when its session ended (app/(staff)/_lib/form-draft.ts): back, filled, not sent.
  const draft = await restoreDraftForPage({ draft: (await searchParams).draft, staff, path: `${STAFF_ROUTES.tracing}/${decisionId}` });
  const { card } = decision;
  // Whichever entry was asked for, the page is about the decision as received, under its own reference.
  const nhsNumber = card.decision.nhsNumber ?? (card.counting === card.traced ? card.traced.nhsNumber : null);
  return (
    <>
      <h1>{nhsNumber ? `Decision ${card.decision.reference}` : `Trace decision ${card.decision.reference}`}</h1>
      {draft.isAsked ? <FormDraftNotice isRestored={draft.values !== null} nextStep="record the NHS number" /> : null}
      {nhsNumber ? (
        <div className="nhsuk-inset-text">
          <p>
            {card.traced ? `This decision has been traced: it belongs to NHS number ${formatNhsNumber(nhsNumber)}.` : `This decision already has an NHS number: ${formatNhsNumber(nhsNumber)}.`}
            {" "}<Link href={`${STAFF_ROUTES.people}/${nhsNumber}`}>See this person&apos;s decisions</Link>
          </p>
        </div>
      ) : null}
      <DecisionTimeline cards={[card]} headingLevel={2} />
      {nhsNumber ? null : (
        <div className="nhsuk-grid-row"><div className="nhsuk-grid-column-two-thirds">
          <h2>Record the NHS number you traced</h2>
          <p>Check the name, date of birth and address against the national record (PDS) first. The decision will count for that NHS number from when it was made.</p>
          <ActionForm id="trace" action={recordTracedNhsNumberAction} submitLabel="Record NHS number" initialValues={draft.values ?? undefined}
            fields={[{ kind: "hidden", name: "decisionId", value: card.decision.id }, { kind: "text", name: "nhsNumber", label: "NHS number", hint: "10 digits", widthClass: "nhsuk-input--width-10" }]} />
        </div></div>
      )}
    </>
  );
}
