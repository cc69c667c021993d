import type { Metadata } from "next";

import { ActionForm } from "@/components/staff/action-form";
import { formatLondonDateTime } from "@/lib/content/dates";
import { ActionButton } from "@/components/staff/action-button";
import { listApiClients } from "@/lib/api-clients/list-api-clients";
import { listClientsForWebhooks, listWebhookEndpoints } from "@/lib/webhooks/list-webhooks";

import { requireStaff } from "../../_lib/staff-session";
import { createApiClientAction, revokeApiClientAction } from "./actions";
import { NEW_CLIENT_DEFAULTS } from "./new-client-defaults";
import { WebhookEndpoints } from "./webhook-endpoints";

export const metadata: Metadata = { title: "API clients" };

export default async function ApiClientsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireStaff("api-clients:manage", "API clients");
  const params = await searchParams;
  const [clients, endpoints, webhookClients] = await Promise.all([listApiClients(), listWebhookEndpoints(), listClientsForWebhooks()]);
  return (
    <>
      <h1>API clients</h1>
      {params.revoked ? <div className="nhsuk-inset-text" role="status"><p>Client revoked. Its key stops working within a second.</p></div> : null}
      <p>Record services call the consent-check API with a key. Each key is shown once when it is made and stored only as a hash.</p>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">API clients</caption>
        <thead className="nhsuk-table__head"><tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">Name</th><th scope="col" className="nhsuk-table__header">Key starts</th>
          <th scope="col" className="nhsuk-table__header">Scopes</th><th scope="col" className="nhsuk-table__header">Created</th>
          <th scope="col" className="nhsuk-table__header">Last used</th><th scope="col" className="nhsuk-table__header">Status</th>
        </tr></thead>
        <tbody className="nhsuk-table__body">
          {clients.map((c) => (
            <tr className="nhsuk-table__row" key={c.id}>
              <td className="nhsuk-table__cell">{c.name}</td>
              <td className="nhsuk-table__cell"><code>{c.keyPrefix}</code></td>
              <td className="nhsuk-table__cell">{c.scopes.join(", ")}</td>
              <td className="nhsuk-table__cell">{formatLondonDateTime(c.createdAt)}</td>
              <td className="nhsuk-table__cell">{c.lastUsedAt ? formatLondonDateTime(c.lastUsedAt) : "Never"}</td>
              <td className="nhsuk-table__cell">
                {c.revokedAt ? `Revoked ${formatLondonDateTime(c.revokedAt)}` : (
                  <ActionButton action={revokeApiClientAction} fields={{ id: c.id }} label="Revoke" hiddenLabel={c.name} variant="warning"
                    confirm={`Revoke ${c.name}? Its key stops working within a second and cannot be used again: the record service will need a new client.`} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="nhsuk-grid-row"><div className="nhsuk-grid-column-two-thirds">
        <h2>Create a client</h2>
        <ActionForm id="create-api-client" action={createApiClientAction} submitLabel="Create client and show key"
          initialValues={{ ...NEW_CLIENT_DEFAULTS }}
          fields={[
            { kind: "text", name: "name", label: "Record service name", hint: "For example, Shared record platform (production)" },
            { kind: "checkbox", name: "scopeRead", label: "consent:read – check people's sharing status" },
            { kind: "checkbox", name: "scopeChanges", label: "consent:changes – read the change feed" },
          ]} />
      </div></div>
      <WebhookEndpoints endpoints={endpoints} clients={webhookClients} notice={params.webhook} />
    </>
  );
}
