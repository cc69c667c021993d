import type { Metadata } from "next";
import Link from "next/link";

import { ActionButton } from "@/components/staff/action-button";
import { formatLondonDateTime } from "@/lib/content/dates";
import { findWebhookEndpointDeliveries, type WebhookDeliveryRow } from "@/lib/webhooks/list-webhooks";

import { requireStaff, STAFF_ROUTES, staffNotFound } from "../../../../_lib/staff-session";
import { retryFailedDeliveriesAction } from "../../webhook-actions";

export const metadata: Metadata = { title: "Webhook deliveries" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const STATUS: Record<WebhookDeliveryRow["status"], string> = { PENDING: "Waiting", DELIVERED: "Delivered", FAILED: "Failed (given up)" };

function DeliveryTable({ caption, rows }: { caption: string; rows: WebhookDeliveryRow[] }) {
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption">{caption}</caption>
      <thead className="nhsuk-table__head"><tr className="nhsuk-table__row">
        <th scope="col" className="nhsuk-table__header">Change</th>
        <th scope="col" className="nhsuk-table__header">Status</th>
        <th scope="col" className="nhsuk-table__header">Attempts</th>
        <th scope="col" className="nhsuk-table__header">Last attempt</th>
        <th scope="col" className="nhsuk-table__header">Last answer or error</th>
        <th scope="col" className="nhsuk-table__header">Next attempt</th>
      </tr></thead>
      <tbody className="nhsuk-table__body">
        {rows.map((d) => (
          <tr className="nhsuk-table__row" key={d.id}>
            <td className="nhsuk-table__cell">{d.seq.toString()}</td>
            <td className="nhsuk-table__cell">{STATUS[d.status]}</td>
            <td className="nhsuk-table__cell">{d.attempts}</td>
            <td className="nhsuk-table__cell">{d.lastAttemptAt ? formatLondonDateTime(d.lastAttemptAt) : "Not yet"}</td>
            <td className="nhsuk-table__cell app-break-all">{d.lastError ?? (d.lastStatusCode ? `Answered ${d.lastStatusCode}` : "")}</td>
            <td className="nhsuk-table__cell">{d.status === "PENDING" ? formatLondonDateTime(d.nextAttemptAt) : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function WebhookDeliveriesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  await requireStaff("api-clients:manage", "Webhook deliveries");
  const { id } = await params;
  const query = await searchParams;
  if (!UUID.test(id)) return staffNotFound();
  const found = await findWebhookEndpointDeliveries(id);
  if (!found) return staffNotFound();
  const { endpoint, unfinished, recent, totals } = found;
  return (
    <>
      <Link className="nhsuk-back-link" href={`${STAFF_ROUTES.apiClients}#webhooks`}>Back to API clients</Link>
      <h1>Webhook deliveries</h1>
      {query.retried !== undefined ? <div className="nhsuk-inset-text" role="status"><p>{query.retried} failed deliveries queued again.</p></div> : null}
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">API client</dt><dd className="nhsuk-summary-list__value">{endpoint.apiClient.name}</dd></div>
        <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">Address</dt><dd className="nhsuk-summary-list__value app-break-all"><code>{endpoint.url}</code></dd></div>
        <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">Status</dt><dd className="nhsuk-summary-list__value">{endpoint.disabledAt ? `Disabled ${formatLondonDateTime(endpoint.disabledAt)}` : "Active"}</dd></div>
        <div className="nhsuk-summary-list__row"><dt className="nhsuk-summary-list__key">Deliveries</dt><dd className="nhsuk-summary-list__value">{totals.delivered} delivered, {totals.pending} waiting, {totals.failed} failed</dd></div>
      </dl>
      {totals.failed > 0 ? (
        <ActionButton action={retryFailedDeliveriesAction} fields={{ id: endpoint.id }} label="Retry failed deliveries" isSmall={false} />
      ) : null}
      {unfinished.length > 0 ? <DeliveryTable caption="Waiting and failed" rows={unfinished} /> : <p>Nothing is waiting or failed.</p>}
      {recent.length > 0 ? <DeliveryTable caption="Recently delivered" rows={recent} /> : <p>Nothing delivered yet.</p>}
    </>
  );
}
