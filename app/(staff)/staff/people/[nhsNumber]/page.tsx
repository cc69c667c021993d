import type { Metadata } from "next";

import { DecisionTimeline } from "@/components/staff/decision-timeline";
import { formatDecidedAt } from "@/lib/content/dates";
import { formatNhsNumber, parseNhsNumber } from "@/lib/nhs-number/nhs-number";
import { getPersonRecord } from "@/lib/people/get-person-record";
import { CHANNEL_LABELS } from "@/lib/staff/labels";

import { requireStaff, staffNotFound } from "../../../_lib/staff-session";

export const metadata: Metadata = { title: "Person" };

export default async function PersonPage({ params }: { params: Promise<{ nhsNumber: string }> }) {
  const staff = await requireStaff("person:view", "view a person");
  const parsed = parseNhsNumber((await params).nhsNumber);
  if (!parsed.ok) return staffNotFound();
  const record = await getPersonRecord({ nhsNumber: parsed.nhsNumber, viewer: staff.actor });
  const latest = record.decisions[0];
  return (
    <>
      <span className="nhsuk-caption-l">NHS number {formatNhsNumber(record.nhsNumber)}</span>
      <h1>{latest ? `${latest.givenName} ${latest.familyName}` : "No decisions recorded"}</h1>
      <div className="nhsuk-card" data-testid="current-state">
        <div className="nhsuk-card__content">
          <h2 className="nhsuk-card__heading">Current state: {record.consent.status === "opted-out" ? "opted out" : "participating"}</h2>
          <p className="nhsuk-card__description">
            {record.consent.decidedAt
              ? `From the decision made ${formatDecidedAt(record.consent.decidedAt, record.consent.source)} (${record.consent.source ? CHANNEL_LABELS[record.consent.source] : "unknown channel"}).`
              : "No decision in effect: the person takes part in the joined-up record."}
          </p>
        </div>
      </div>
      <h2>Every decision</h2>
      <p>This view has been recorded in the audit log.</p>
      <DecisionTimeline cards={record.cards} />
    </>
  );
}
