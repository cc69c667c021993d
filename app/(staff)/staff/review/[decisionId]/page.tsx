import type { Metadata } from "next";

import { ActionForm } from "@/components/staff/action-form";
import { DecisionTimeline } from "@/components/staff/decision-timeline";
import { FormDraftNotice } from "@/components/staff/form-draft-notice";
import { formatLondonDateTime } from "@/lib/content/dates";
import { formatNhsNumber } from "@/lib/nhs-number/nhs-number";
import { getDecisionForStaff } from "@/lib/people/get-decision-for-staff";
import { getEvidenceSummary } from "@/lib/review/decision-evidence";

import { restoreDraftForPage } from "../../../_lib/form-draft";
import { requireStaff, STAFF_ROUTES, staffNotFound } from "../../../_lib/staff-session";
import { acceptDecisionAction, rejectDecisionAction, returnToTracingAction } from "../actions";

export const metadata: Metadata = { title: "Review a decision" };

export default async function ReviewDecisionPage({ params, searchParams }: { params: Promise<{ decisionId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requireStaff("review:decide", "review a decision");
  const { decisionId } = await params;
  const decision = await getDecisionForStaff({ decisionId, viewer: staff.actor });
  if (!decision) return staffNotFound();
  // The accept or reject form this account was sending when its session ended: back, filled, not sent.
  const draft = await restoreDraftForPage({ draft: (await searchParams).draft, staff, path: `${STAFF_ROUTES.review}/${decisionId}` });
  const isProxy = decision.madeBy !== "SELF";
  // A tracing entry: the decision as received without an NHS number, given one by tracing (docs/decisions/025).
  const isTraced = decision.correctsId !== null;
  const evidence = isProxy ? await getEvidenceSummary(decision.id) : null;
  return (
    <>
      <h1>Review decision {decision.card.decision.reference}</h1>
      {draft.isAsked ? <FormDraftNotice isRestored={draft.values !== null} nextStep={draft.values?.reason ? "reject and withdraw the decision, or accept it" : draft.values?.returnReason ? "send the decision back for tracing" : "accept or reject the decision"} /> : null}
      <DecisionTimeline cards={[decision.card]} headingLevel={2} />
      <h2>Evidence</h2>
      {evidence ? (
        <dl className="nhsuk-summary-list" data-testid="evidence">
          <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">How it was sent</dt>
            <dd className="nhsuk-summary-list__value">{evidence.method === "UPLOAD" ? "Uploaded online" : "To be posted to the team: check the post and the case file"}</dd></div>
          {evidence.method === "UPLOAD" ? (
            <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">File</dt>
              <dd className="nhsuk-summary-list__value">
                <a href={`/staff/review/${decision.id}/evidence`} download>Download {evidence.fileName ?? "the evidence"}</a> ({evidence.mediaType}, {Math.ceil((evidence.sizeBytes ?? 0) / 1024)} KB)
              </dd></div>
          ) : null}
          <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">Received</dt>
            <dd className="nhsuk-summary-list__value">{formatLondonDateTime(evidence.receivedAt)}</dd></div>
          <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">Evidence status</dt>
            <dd className="nhsuk-summary-list__value">{evidence.status === "AWAITING_REVIEW" ? "Not yet checked" : evidence.status === "ACCEPTED" ? "Accepted" : `Rejected: ${evidence.reviewNote ?? ""}`}</dd></div>
        </dl>
      ) : null}
      {isProxy ? (
        <p>Check the evidence that {decision.proxyName} ({decision.proxyRelationship}) may decide for {decision.givenName} {decision.familyName}: a birth certificate or parental responsibility order, a registered lasting power of attorney for health and welfare, or a court of protection deputyship order. Uploaded or posted evidence is kept with the case file.</p>
      ) : (
        <p>This opt-in would reverse an opt-out and was not proved from the same email address. Check it was made by the person (for example by calling them back) before accepting.</p>
      )}
      {decision.currentStatus === "WITHDRAWN" ? <p>This decision has been withdrawn.</p> : (
        <div className="nhsuk-grid-row"><div className="nhsuk-grid-column-two-thirds">
          <h2>Accept</h2>
          <ActionForm id="accept" action={acceptDecisionAction} submitLabel="Accept" fields={[{ kind: "hidden", name: "decisionId", value: decision.id }]} />
          <h2>Reject</h2>
          <p>Rejecting withdraws the decision (the register goes back to the person&apos;s previous decision) and emails the reason to whoever made it.{isTraced ? " It rejects the decision as it was received, so it does not go back on the tracing worklist." : ""}</p>
          <ActionForm id="reject" action={rejectDecisionAction} submitLabel="Reject and withdraw" secondary initialValues={draft.values?.reason ? { reason: draft.values.reason } : undefined}
            fields={[{ kind: "hidden", name: "decisionId", value: decision.id }, { kind: "textarea", name: "reason", label: "Reason", hint: "Plain words: the person who made the decision reads this.", rows: 4 }]} />
          {isTraced ? (
            <>
              <h2>Traced to the wrong person</h2>
              <p>This decision came without an NHS number and was traced to {decision.nhsNumber ? formatNhsNumber(decision.nhsNumber) : "an NHS number"}. If that is the wrong person, send it back: the tracing is withdrawn, the register goes back to that person&apos;s own decision, and the decision goes back on the tracing worklist. Nobody is emailed.</p>
              <ActionForm id="return-to-tracing" action={returnToTracingAction} submitLabel="Send back for tracing" secondary initialValues={draft.values?.returnReason ? { returnReason: draft.values.returnReason } : undefined}
                fields={[{ kind: "hidden", name: "decisionId", value: decision.id }, { kind: "textarea", name: "returnReason", label: "Why it is the wrong person", hint: "For staff only: for example, the date of birth on the form does not match.", rows: 3 }]} />
            </>
          ) : null}
        </div></div>
      )}
    </>
  );
}
