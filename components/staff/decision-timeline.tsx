import { Fragment } from "react";

import { formatCalendarDate, formatDecidedAt, formatLondonDateTime } from "@/lib/content/dates";
import { type DecisionCard, STANDING_LABELS } from "@/lib/people/decision-cards";
import type { TimelineDecision, TimelineStatus } from "@/lib/people/get-person-record";
import { formatReferenceNumber } from "@/lib/consent/reference-number";
import { decisionLanguageLabel } from "@/lib/staff/decision-language";
import { CHANNEL_LABELS, CHOICE_LABELS, MADE_BY_LABELS } from "@/lib/staff/labels";
import { formatNhsNumber } from "@/lib/nhs-number/nhs-number";

// Every decision about a person, newest first, one card each under the
// reference it was received with. A traced decision's tracing entry (a
// correction that carries the NHS number: the register never edits a
// decision) is shown inside it, in its history. The heading says where the
// decision stands now; exactly one of a person's decisions is "In effect".
// headingLevel: each decision's heading sits one level under the page's own (2 straight under the h1).
export function DecisionTimeline({ cards, headingLevel = 3 }: { cards: readonly DecisionCard[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const HistoryHeading = headingLevel === 2 ? "h3" : "h4";
  if (cards.length === 0) return <p>No decisions are recorded for this person: they take part in the joined-up record.</p>;
  return (
    <ol className="nhsuk-list" aria-label="Decisions, newest first">
      {cards.map(({ decision: d, traced, tracings, counting, standing }) => (
        <li key={d.id} className="nhsuk-card" data-testid="decision-card">
          <div className="nhsuk-card__content">
            <Heading className="nhsuk-card__heading nhsuk-heading-s">
              {CHOICE_LABELS[d.choice]} on {formatDecidedAt(d.decidedAt, d.channel)} – {STANDING_LABELS[standing]}
            </Heading>
            <dl className="nhsuk-summary-list nhsuk-u-margin-bottom-2">
              <Row term="Reference" value={`${d.reference}, also written ${formatReferenceNumber(d.reference)}`} />
              <Row term="NHS number" value={nhsNumberText(d, traced, counting)} />
              <Row term="Name" value={`${d.givenName} ${d.familyName}`} />
              <Row term="Date of birth" value={formatCalendarDate(new Date(`${d.dateOfBirth}T00:00:00Z`))} />
              <Row term="Channel" value={CHANNEL_LABELS[d.channel]} />
              <Row term="Language" value={decisionLanguageLabel(d.language)} />
              <Row term="Made by" value={d.madeBy === "SELF" ? MADE_BY_LABELS.SELF : `${MADE_BY_LABELS[d.madeBy]}: ${d.proxyName ?? ""} (${d.proxyRelationship ?? ""})`} />
              <Row term="Source" value={d.sourceReference ?? "None"} />
              <Row term="Recorded" value={`${formatLondonDateTime(d.recordedAt)} by ${who(d.recordedByName, d.recordedByKind)}`} />
              {d.correctsReference ? <Row term="Traces" value={`Decision ${d.correctsReference}, received without an NHS number`} /> : null}
            </dl>
            <HistoryHeading className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">History</HistoryHeading>
            <ul className="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-bottom-0">
              {d.statuses.map((s, i) => <li key={`d${i}`}>{historyText(s, d.nhsNumber !== null)}</li>)}
              {tracings.map((t) => (
                <Fragment key={t.id}>
                  <li>
                    NHS number {formatNhsNumber(t.nhsNumber ?? "")} traced on {formatLondonDateTime(t.recordedAt)} by {who(t.recordedByName, t.recordedByKind)} (kept as tracing entry {t.reference})
                  </li>
                  {t.statuses.map((s, i) => <li key={`${t.id}-${i}`}>{historyText(s, true)}</li>)}
                </Fragment>
              ))}
            </ul>
          </div>
        </li>
      ))}
    </ol>
  );
}

function nhsNumberText(d: TimelineDecision, traced: TimelineDecision | null, counting: TimelineDecision): string {
  if (d.nhsNumber) return formatNhsNumber(d.nhsNumber);
  if (traced && counting === traced && traced.nhsNumber) return `${formatNhsNumber(traced.nhsNumber)} (traced: not given on the form)`;
  return "Not known (on the tracing worklist until matched)";
}

/** A status change in the past tense, so that only the heading says what stands now. */
function historyText(s: TimelineStatus, hasNhsNumber: boolean): string {
  const when = formatLondonDateTime(s.changedAt);
  const by = who(s.byName, s.byKind);
  switch (s.status) {
    case "EFFECTIVE":
      return hasNhsNumber ? `Took effect on ${when} (${by})` : `Received without an NHS number on ${when} (${by}): put on the tracing worklist`;
    case "AWAITING_REVIEW":
      return `Sent for review on ${when} (${by})${s.reason ? `: ${s.reason}` : ""}`;
    case "WITHDRAWN":
      return `Withdrawn from ${when} (${by})${s.reason ? `: ${s.reason}` : ""}`;
  }
}

function who(name: string | null, kind: string): string {
  return name ?? kind.toLowerCase();
}

function Row({ term, value }: { term: string; value: string }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{term}</dt>
      <dd className="nhsuk-summary-list__value">{value}</dd>
    </div>
  );
}
