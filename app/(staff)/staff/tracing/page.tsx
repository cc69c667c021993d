import type { Metadata } from "next";
import Link from "next/link";

import { isValidReferenceNumber, normaliseReferenceNumber } from "@/lib/consent/reference-number";
import { formatCalendarDate, formatLondonDateTime } from "@/lib/content/dates";
import { formatNhsNumber, parseNhsNumber } from "@/lib/nhs-number/nhs-number";
import { decisionLanguageLabel } from "@/lib/staff/decision-language";
import { CHANNEL_LABELS, CHOICE_LABELS, ONE_MONTH_DAYS } from "@/lib/staff/labels";
import { listTracingWorklist } from "@/lib/tracing/list-tracing-worklist";

import { requireStaff, STAFF_ROUTES } from "../../_lib/staff-session";

export const metadata: Metadata = { title: "Tracing worklist" };

export default async function TracingPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireStaff("tracing:record", "tracing worklist");
  const params = await searchParams;
  const items = await listTracingWorklist();
  const overdue = items.filter((i) => i.ageDays >= ONE_MONTH_DAYS).length;
  return (
    <>
      <h1>Tracing worklist</h1>
      <TracedMessage params={params} />
      <p>Decisions that arrived without an NHS number, oldest first. A decision counts for nobody until it is traced. {items.length} waiting; {overdue} older than {ONE_MONTH_DAYS} days.</p>
      {items.length === 0 ? <p>Nothing to trace.</p> : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Decisions waiting for an NHS number</caption>
          <thead className="nhsuk-table__head"><tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">Reference</th><th scope="col" className="nhsuk-table__header">Name and date of birth</th>
            <th scope="col" className="nhsuk-table__header">Decision</th><th scope="col" className="nhsuk-table__header">Received</th>
            <th scope="col" className="nhsuk-table__header">Age</th>
          </tr></thead>
          <tbody className="nhsuk-table__body">
            {items.map((item) => (
              <tr className="nhsuk-table__row" key={item.id}>
                <td className="nhsuk-table__cell"><Link href={`${STAFF_ROUTES.tracing}/${item.id}`}>{item.reference}<span className="nhsuk-u-visually-hidden">: trace {item.givenName} {item.familyName}</span></Link></td>
                <td className="nhsuk-table__cell">{item.givenName} {item.familyName}, born {formatCalendarDate(new Date(`${item.dateOfBirth}T00:00:00Z`))}{item.postcode ? `, ${item.postcode}` : ""}</td>
                <td className="nhsuk-table__cell">{CHOICE_LABELS[item.choice]} ({CHANNEL_LABELS[item.channel]})<br />Language: {decisionLanguageLabel(item.language)}</td>
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

/** After tracing: what happened, under the reference the caseworker clicked (the address carries it, so it is checked before it is shown). */
function TracedMessage({ params }: { params: Record<string, string | undefined> }) {
  const reference = normaliseReferenceNumber(params.traced ?? "");
  const nhsNumber = parseNhsNumber(params.nhsNumber ?? "");
  if (!isValidReferenceNumber(reference) || !nhsNumber.ok) return null;
  return (
    <div className="nhsuk-inset-text" role="status">
      <p>Decision {reference} now belongs to NHS number {formatNhsNumber(nhsNumber.nhsNumber)}.</p>
      {params.status === "review"
        ? <p>It is waiting for review, because it is an opt-in that would reverse this person&apos;s opt-out. A supervisor will check it on the review list.</p>
        : <p>It now counts for that person from when it was made.</p>}
      <p><Link href={`${STAFF_ROUTES.people}/${nhsNumber.nhsNumber}`}>See this person&apos;s decisions</Link></p>
    </div>
  );
}
