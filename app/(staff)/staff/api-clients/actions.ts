"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { createApiClient, revokeApiClient, type ApiScope } from "@/lib/api/manage-api-clients";

import { staffAction } from "../../_lib/staff-action";
import { NEW_CLIENT_DEFAULTS } from "./new-client-defaults";
import { STAFF_ROUTES } from "../../_lib/staff-session";

const createSchema = z
  .object({
    name: z.string().trim().min(1, "Enter the name of the record service").max(200, "The name must be 200 characters or fewer"),
    scopeRead: z.string(),
    scopeChanges: z.string(),
  })
  .transform(({ name, scopeRead, scopeChanges }) => ({
    name,
    scopes: [...(scopeRead === "yes" ? ["consent:read"] : []), ...(scopeChanges === "yes" ? ["consent:changes"] : [])] as ApiScope[],
  }))
  .refine((client) => client.scopes.length > 0, { path: ["scopeRead"], message: "Select at least one thing the client may do" });

export const createApiClientAction = staffAction(
  { permission: "api-clients:manage", what: "create an API client", fields: ["name", "scopeRead", "scopeChanges"], schema: createSchema },
  async ({ input, staff }) => {
    const client = await createApiClient({ name: input.name, scopes: input.scopes, by: staff.actor });
    // The table shows the new client at once; the form goes back to its starting state (both scopes ticked).
    revalidatePath(STAFF_ROUTES.apiClients);
    // The key is in this response only: it is stored hashed and cannot be shown again.
    return { values: { ...NEW_CLIENT_DEFAULTS }, errors: {}, notice: { heading: `Key for ${client.name}: copy it now, it will not be shown again`, lines: [client.key] } };
  },
);

export const revokeApiClientAction = staffAction(
  { permission: "api-clients:manage", what: "revoke an API client", fields: ["id"], schema: z.object({ id: z.string().min(1, "Choose the client to revoke") }) },
  async ({ input, staff }) => {
    await revokeApiClient({ id: input.id, by: staff.actor });
    redirect(`${STAFF_ROUTES.apiClients}?revoked=1`);
  },
);
