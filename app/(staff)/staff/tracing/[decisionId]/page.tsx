import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ActionForm } from "@/components/staff/action-form";
import { DecisionTimeline } from "@/components/staff/decision-timeline";
import { getDecisionForStaff } from "@/lib/people/get-decision-for-staff";

import { requireStaff } from "../../../_lib/staff-session";
import { recordTracedNhsNumberAction } from "../actions";

export const metadata: Metadata = { title: "Trace a decision" };

export default async function TraceDecisionPage({ params }: { params: Promise<{ decisionId: string }> }) {
  const staff = await requireStaff("tracing:record", "trace a decision");
  const decision = await getDecisionForStaff({ decisionId: (await params).decisionId, viewer: staff.actor });
  if (!decision) notFound();
  return (
    <>
      <h1>Trace decision {decision.reference}</h1>
      <DecisionTimeline decisions={[decision]} headingLevel={2} />
      {decision.nhsNumber ? <p>This decision already has an NHS number.</p> : (
        <div className="nhsuk-grid-row"><div className="nhsuk-grid-column-two-thirds">
          <h2>Record the NHS number you traced</h2>
          <p>Check the name, date of birth and address against the national record (PDS) first. The decision will count for that NHS number from when it was made.</p>
          <ActionForm id="trace" action={recordTracedNhsNumberAction} submitLabel="Record NHS number"
            fields={[{ kind: "hidden", name: "decisionId", value: decision.id }, { kind: "text", name: "nhsNumber", label: "NHS number", hint: "10 digits", widthClass: "nhsuk-input--width-10" }]} />
        </div></div>
      )}
    </>
  );
}
