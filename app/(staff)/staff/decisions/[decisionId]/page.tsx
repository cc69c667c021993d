import type { Metadata } from "next";
import Link from "next/link";

import { DecisionTimeline } from "@/components/staff/decision-timeline";
import { formatNhsNumber } from "@/lib/nhs-number/nhs-number";
import { getDecisionForStaff } from "@/lib/people/get-decision-for-staff";
import { hasPermission } from "@/lib/staff/roles";

import { requireStaff, STAFF_ROUTES, staffNotFound } from "../../../_lib/staff-session";

export const metadata: Metadata = { title: "Decision" };

// One decision, as found by its reference (Find a person, "By decision
// reference"): where it stands, its history, and where to go next. Audited as
// a view of the decision (lib/people/get-decision-for-staff.ts).
export default async function DecisionPage({ params }: { params: Promise<{ decisionId: string }> }) {
  const staff = await requireStaff("person:view", "view a decision");
  const decision = await getDecisionForStaff({ decisionId: (await params).decisionId, viewer: staff.actor });
  if (!decision) return staffNotFound();
  const { card } = decision;
  const nhsNumber = card.decision.nhsNumber ?? (card.counting === card.traced ? card.traced.nhsNumber : null);
  return (
    <>
      <span className="nhsuk-caption-l">{nhsNumber ? `NHS number ${formatNhsNumber(nhsNumber)}` : "NHS number not known"}</span>
      <h1>Decision {card.decision.reference}</h1>
      <DecisionTimeline cards={[card]} headingLevel={2} />
      <h2>What you can do next</h2>
      <ul className="nhsuk-list">
        {nhsNumber ? <li><Link href={`${STAFF_ROUTES.people}/${nhsNumber}`}>See every decision for NHS number {formatNhsNumber(nhsNumber)}</Link></li> : null}
        {card.standing === "WAITING_FOR_TRACING" && hasPermission(staff.role, "tracing:record")
          ? <li><Link href={`${STAFF_ROUTES.tracing}/${card.decision.id}`}>Trace this decision (record the NHS number)</Link></li> : null}
        {card.standing === "AWAITING_REVIEW" && hasPermission(staff.role, "review:decide")
          ? <li><Link href={`${STAFF_ROUTES.review}/${card.counting.id}`}>Review this decision</Link></li> : null}
        <li><Link href={STAFF_ROUTES.people}>Find another person or decision</Link></li>
      </ul>
    </>
  );
}
