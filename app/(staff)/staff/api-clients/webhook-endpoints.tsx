import Link from "next/link";

import { ActionButton } from "@/components/staff/action-button";
import { ActionForm } from "@/components/staff/action-form";
import { formatLondonDateTime } from "@/lib/content/dates";
import type { WebhookEndpointSummary } from "@/lib/webhooks/list-webhooks";

import { STAFF_ROUTES } from "../../_lib/staff-session";
import {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  disableWebhookEndpointAction,
  enableWebhookEndpointAction,
  rotateWebhookSecretAction,
} from "./webhook-actions";

const NOTICES: Record<string, string> = {
  disabled: "Endpoint disabled. Changes are no longer queued for it; deliveries already queued wait until it is enabled again.",
  enabled: "Endpoint enabled. Changes from now on are delivered; the record service catches up on any it missed from the change feed.",
  deleted: "Endpoint deleted, with its delivery history.",
};

/** The webhooks part of the API clients page (docs/decisions/026). */
export function WebhookEndpoints({ endpoints, clients, notice }: { endpoints: WebhookEndpointSummary[]; clients: { id: string; name: string }[]; notice?: string }) {
  return (
    <>
      <h2 id="webhooks">Webhooks</h2>
      {notice && NOTICES[notice] ? <div className="nhsuk-inset-text" role="status"><p>{NOTICES[notice]}</p></div> : null}
      <p>
        A record service that would rather be told than poll can receive every consent change at an HTTPS address. Each delivery is
        signed (Standard Webhooks) with a secret the register makes and shows once, retried with growing delays when the service does
        not answer, and carries the change feed cursor so the service can reconcile.
      </p>
      {endpoints.length === 0 ? <p>No webhook endpoints yet.</p> : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Webhook endpoints</caption>
          <thead className="nhsuk-table__head"><tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">Client and address</th>
            <th scope="col" className="nhsuk-table__header">Secret starts</th>
            <th scope="col" className="nhsuk-table__header">Deliveries</th>
            <th scope="col" className="nhsuk-table__header">Status</th>
            <th scope="col" className="nhsuk-table__header">Actions</th>
          </tr></thead>
          <tbody className="nhsuk-table__body">
            {endpoints.map((e) => {
              const label = `${e.clientName} ${e.url}`;
              return (
                <tr className="nhsuk-table__row" key={e.id}>
                  <td className="nhsuk-table__cell">{e.clientName}<br /><code className="app-break-all">{e.url}</code></td>
                  <td className="nhsuk-table__cell"><code>{e.secretPrefix}</code></td>
                  <td className="nhsuk-table__cell">
                    {e.pending} waiting, {e.failed} failed<br />
                    Last delivered: {e.lastDeliveredAt ? formatLondonDateTime(e.lastDeliveredAt) : "never"}<br />
                    <Link href={`${STAFF_ROUTES.apiClients}/webhooks/${e.id}`}>Deliveries<span className="nhsuk-u-visually-hidden"> to {label}</span></Link>
                  </td>
                  <td className="nhsuk-table__cell">
                    {e.clientRevoked ? "Client revoked: nothing is sent" : e.disabledAt ? `Disabled ${formatLondonDateTime(e.disabledAt)}` : "Active"}
                  </td>
                  <td className="nhsuk-table__cell">
                    {e.disabledAt ? (
                      <ActionButton action={enableWebhookEndpointAction} fields={{ id: e.id }} label="Enable" hiddenLabel={label} />
                    ) : (
                      <ActionButton action={disableWebhookEndpointAction} fields={{ id: e.id }} label="Disable" hiddenLabel={label} variant="warning"
                        confirm={`Disable ${e.url}? Changes made while it is disabled are not sent to it: the record service must read them from the change feed.`} />
                    )}
                    <ActionButton action={rotateWebhookSecretAction} fields={{ id: e.id }} label="Rotate secret" hiddenLabel={label}
                      confirm={`Make a new signing secret for ${e.url}? Deliveries are signed with the new one at once: the record service must be given it, or it will reject them.`} />
                    <ActionButton action={deleteWebhookEndpointAction} fields={{ id: e.id }} label="Delete" hiddenLabel={label} variant="warning"
                      confirm={`Delete ${e.url} and its delivery history? This cannot be undone.`} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="nhsuk-grid-row"><div className="nhsuk-grid-column-two-thirds">
        <h2>Add a webhook endpoint</h2>
        {clients.length === 0 ? (
          <p>Create an API client with the consent:changes scope first: only a client that may read the change feed can be sent changes.</p>
        ) : (
          <ActionForm id="create-webhook-endpoint" action={createWebhookEndpointAction} submitLabel="Add endpoint and show secret"
            fields={[
              { kind: "radios", name: "apiClientId", legend: "API client", options: clients.map((c) => ({ value: c.id, label: c.name })) },
              { kind: "text", name: "url", label: "Address (HTTPS)", hint: "For example, https://records.example.nhs.uk/webhooks/consent. Private and local network addresses are refused." },
            ]} />
        )}
      </div></div>
    </>
  );
}
