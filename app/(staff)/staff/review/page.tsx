import type { Metadata } from "next";
import Link from "next/link";

import { isValidReferenceNumber, normaliseReferenceNumber } from "@/lib/consent/reference-number";
import { formatLondonDateTime } from "@/lib/content/dates";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { decisionLanguageLabel } from "@/lib/staff/decision-language";
import { CHANNEL_LABELS, CHOICE_LABELS, MADE_BY_LABELS, ONE_MONTH_DAYS } from "@/lib/staff/labels";

import { requireStaff, STAFF_ROUTES } from "../../_lib/staff-session";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireStaff("review:decide", "review queue");
  const params = await searchParams;
  const items = await listReviewQueue();
  return (
    <>
      <h1>Review queue</h1>
      <ReviewedMessage params={params} />
      <p>Opt-ins waiting for review, and decisions made for someone else whose evidence of authority has not been checked. Oldest first. {items.length} waiting.</p>
      {items.length === 0 ? <p>Nothing to review.</p> : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Decisions to review</caption>
          <thead className="nhsuk-table__head"><tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">Reference</th><th scope="col" className="nhsuk-table__header">What to check</th>
            <th scope="col" className="nhsuk-table__header">Person</th><th scope="col" className="nhsuk-table__header">Received</th>
            <th scope="col" className="nhsuk-table__header">Age</th>
          </tr></thead>
          <tbody className="nhsuk-table__body">
            {items.map((item) => (
              <tr className="nhsuk-table__row" key={item.id}>
                <td className="nhsuk-table__cell"><Link href={`${STAFF_ROUTES.review}/${item.id}`}>{item.reference}<span className="nhsuk-u-visually-hidden">: review</span></Link></td>
                <td className="nhsuk-table__cell">
                  {item.kind === "opt-in-awaiting-review" ? "Opt-in reversing an opt-out" : `Evidence: ${MADE_BY_LABELS[item.madeBy]} (${item.proxyName ?? "name not given"})`}
                  <br />{CHOICE_LABELS[item.choice]}, {CHANNEL_LABELS[item.channel]}
                  <br />Language: {decisionLanguageLabel(item.language)}
                </td>
                <td className="nhsuk-table__cell">{item.givenName} {item.familyName}</td>
                <td className="nhsuk-table__cell">{formatLondonDateTime(item.receivedAt)}</td>
                <td className="nhsuk-table__cell">{item.ageDays} days{item.ageDays >= ONE_MONTH_DAYS ? <strong className="nhsuk-tag nhsuk-tag--red nhsuk-u-margin-left-1">Over a month</strong> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/**
 * After a review: what happened, under the reference the decision was received with (a traced one's
 * original, never its tracing entry's). The address carries it, so it is checked before it is shown.
 */
function ReviewedMessage({ params }: { params: Record<string, string | undefined> }) {
  const reference = normaliseReferenceNumber(params.ref ?? "");
  if (!isValidReferenceNumber(reference)) return null;
  if (params.done === "accepted") {
    return <div className="nhsuk-inset-text" role="status"><p>Decision {reference} accepted.</p></div>;
  }
  if (params.done === "returned") {
    return (
      <div className="nhsuk-inset-text" role="status">
        <p>Decision {reference} is back on the tracing worklist, to be traced to the right person. Nobody has been emailed.</p>
      </div>
    );
  }
  if (params.done !== "rejected") return null;
  return (
    <div className="nhsuk-inset-text" role="status">
      <p>Decision {reference} rejected and withdrawn.</p>
      {params.emailed === "yes"
        ? <p>We have emailed the reason to the person who made it.</p>
        : <p>We have no email address for the person who made it: tell them the reason another way, for example by letter.</p>}
    </div>
  );
}
