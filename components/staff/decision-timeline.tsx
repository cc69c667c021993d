import { formatCalendarDate, formatDecidedAt, formatLondonDateTime } from "@/lib/content/dates";
import type { TimelineDecision } from "@/lib/people/get-person-record";
import { CHANNEL_LABELS, CHOICE_LABELS, MADE_BY_LABELS, STATUS_LABELS } from "@/lib/staff/labels";
import { formatNhsNumber } from "@/lib/nhs-number/nhs-number";

// Every decision about a person, newest first, with its whole status history.
// headingLevel: each decision's heading sits one level under the page's own (2 straight under the h1).
export function DecisionTimeline({ decisions, headingLevel = 3 }: { decisions: readonly TimelineDecision[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (decisions.length === 0) return <p>No decisions are recorded for this person: they take part in the joined-up record.</p>;
  return (
    <ol className="nhsuk-list" aria-label="Decisions, newest first">
      {decisions.map((d) => (
        <li key={d.id} className="nhsuk-card">
          <div className="nhsuk-card__content">
            <Heading className="nhsuk-card__heading nhsuk-heading-s">
              {CHOICE_LABELS[d.choice]} on {formatDecidedAt(d.decidedAt, d.channel)} – {STATUS_LABELS[d.currentStatus]}
            </Heading>
            <dl className="nhsuk-summary-list nhsuk-u-margin-bottom-2">
              <Row term="Reference" value={d.reference} />
              <Row term="NHS number" value={d.nhsNumber ? formatNhsNumber(d.nhsNumber) : "Not known (on the tracing worklist until matched)"} />
              <Row term="Name" value={`${d.givenName} ${d.familyName}`} />
              <Row term="Date of birth" value={formatCalendarDate(new Date(`${d.dateOfBirth}T00:00:00Z`))} />
              <Row term="Channel" value={CHANNEL_LABELS[d.channel]} />
              <Row term="Made by" value={d.madeBy === "SELF" ? MADE_BY_LABELS.SELF : `${MADE_BY_LABELS[d.madeBy]}: ${d.proxyName ?? ""} (${d.proxyRelationship ?? ""})`} />
              <Row term="Source" value={d.sourceReference ?? "None"} />
              <Row term="Recorded" value={`${formatLondonDateTime(d.recordedAt)} by ${d.recordedByName ?? d.recordedByKind.toLowerCase()}`} />
              {d.correctsReference ? <Row term="Corrects" value={`Decision ${d.correctsReference} (same decision, with the traced or corrected details)`} /> : null}
              {d.correctedByReferences.length > 0 ? <Row term="Corrected by" value={d.correctedByReferences.join(", ")} /> : null}
            </dl>
            <h4 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">Status history</h4>
            <ul className="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-bottom-0">
              {d.statuses.map((s, i) => (
                <li key={i}>
                  {STATUS_LABELS[s.status]} from {formatLondonDateTime(s.changedAt)} ({s.byName ?? s.byKind.toLowerCase()}){s.reason ? `: ${s.reason}` : ""}
                </li>
              ))}
            </ul>
          </div>
        </li>
      ))}
    </ol>
  );
}

function Row({ term, value }: { term: string; value: string }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{term}</dt>
      <dd className="nhsuk-summary-list__value">{value}</dd>
    </div>
  );
}
