"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  retryFailedDeliveries,
  rotateWebhookSecret,
  setWebhookEndpointEnabled,
} from "@/lib/webhooks/manage-webhook-endpoints";

import { staffAction } from "../../_lib/staff-action";
import { STAFF_ROUTES } from "../../_lib/staff-session";

// Webhook endpoints (docs/decisions/026): admins only (api-clients:manage), each change audited
// by lib/webhooks/manage-webhook-endpoints. Secrets are made by the register and shown once.

const byId = z.object({ id: z.string().uuid("Choose the webhook endpoint") });
const deliveriesPath = (id: string) => `${STAFF_ROUTES.apiClients}/webhooks/${id}`;

export const createWebhookEndpointAction = staffAction(
  {
    permission: "api-clients:manage",
    what: "add a webhook endpoint",
    fields: ["apiClientId", "url"],
    schema: z.object({
      apiClientId: z.string().uuid("Choose the API client the endpoint belongs to"),
      url: z.string().trim().min(1, "Enter the address the record service receives webhooks at, starting https://").max(2000, "The address must be 2000 characters or fewer"),
    }),
  },
  async ({ input, staff }) => {
    const endpoint = await createWebhookEndpoint({ apiClientId: input.apiClientId, url: input.url, by: staff.actor });
    revalidatePath(STAFF_ROUTES.apiClients);
    return {
      values: {},
      errors: {},
      notice: { heading: `Signing secret for ${endpoint.url}: copy it now, it will not be shown again`, lines: [endpoint.secret] },
    };
  },
);

export const disableWebhookEndpointAction = staffAction(
  { permission: "api-clients:manage", what: "disable a webhook endpoint", fields: ["id"], schema: byId },
  async ({ input, staff }) => {
    await setWebhookEndpointEnabled({ id: input.id, isEnabled: false, by: staff.actor });
    revalidatePath(STAFF_ROUTES.apiClients);
    redirect(`${STAFF_ROUTES.apiClients}?webhook=disabled`);
  },
);

export const enableWebhookEndpointAction = staffAction(
  { permission: "api-clients:manage", what: "enable a webhook endpoint", fields: ["id"], schema: byId },
  async ({ input, staff }) => {
    await setWebhookEndpointEnabled({ id: input.id, isEnabled: true, by: staff.actor });
    revalidatePath(STAFF_ROUTES.apiClients);
    redirect(`${STAFF_ROUTES.apiClients}?webhook=enabled`);
  },
);

export const rotateWebhookSecretAction = staffAction(
  { permission: "api-clients:manage", what: "rotate a webhook signing secret", fields: ["id"], schema: byId },
  async ({ input, staff }) => {
    const secret = await rotateWebhookSecret({ id: input.id, by: staff.actor });
    revalidatePath(STAFF_ROUTES.apiClients);
    return { values: {}, errors: {}, notice: { heading: "New signing secret: copy it now, it will not be shown again. Deliveries are signed with it from now on.", lines: [secret] } };
  },
);

export const deleteWebhookEndpointAction = staffAction(
  { permission: "api-clients:manage", what: "delete a webhook endpoint", fields: ["id"], schema: byId },
  async ({ input, staff }) => {
    await deleteWebhookEndpoint({ id: input.id, by: staff.actor });
    revalidatePath(STAFF_ROUTES.apiClients);
    redirect(`${STAFF_ROUTES.apiClients}?webhook=deleted`);
  },
);

export const retryFailedDeliveriesAction = staffAction(
  { permission: "api-clients:manage", what: "retry failed webhook deliveries", fields: ["id"], schema: byId },
  async ({ input, staff }) => {
    const count = await retryFailedDeliveries({ endpointId: input.id, by: staff.actor });
    revalidatePath(deliveriesPath(input.id));
    redirect(`${deliveriesPath(input.id)}?retried=${count}`);
  },
);
