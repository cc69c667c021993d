import { z } from "zod";

import { changeSchema } from "../validation/consent-api";

// The webhooks section of the OpenAPI 3.1 document (docs/decisions/026): what a
// record service receives. The zod schema is also what the tests hold real
// deliveries to, so the document cannot drift from what is sent.

export const WEBHOOK_EVENT_TYPE = "consent.changed";

export const webhookChangeSchema = changeSchema
  .extend({
    cursor: z.string().describe("The feed cursor just after this change: GET /api/v1/consent/changes?since=<cursor> continues from the next change. Opaque; it carries the register's epoch."),
  })
  .meta({ id: "ConsentChangeWithCursor", description: "One change exactly as the change feed shows it, with the feed cursor after it." });

export const webhookEventSchema = z
  .object({
    type: z.literal(WEBHOOK_EVENT_TYPE).describe("The event type; the only one sent so far."),
    timestamp: z.iso.datetime().describe("When the register's answer changed (the change's changedAt)."),
    data: webhookChangeSchema,
  })
  .meta({ id: "ConsentChangedEvent", description: "A Standard Webhooks payload: type, timestamp and data." });

const signatureHeaders = {
  "webhook-id": { description: "The message's id: the same on every retry of it, so a duplicate can be recognised and dropped.", required: true, schema: { type: "string" } },
  "webhook-timestamp": { description: "When this attempt was signed, in seconds since 1970. Reject messages more than five minutes from your clock (the standardwebhooks libraries do).", required: true, schema: { type: "string", pattern: "^[0-9]+$" } },
  "webhook-signature": { description: "v1,<base64 HMAC-SHA256 of \"<webhook-id>.<webhook-timestamp>.<body>\"> keyed with the endpoint's signing secret (the base64 after whsec_). Verify it over the raw body with a Standard Webhooks library.", required: true, schema: { type: "string" } },
};

export const WEBHOOK_SCHEMAS = [webhookEventSchema, webhookChangeSchema] as const;

export const WEBHOOKS = {
  [WEBHOOK_EVENT_TYPE]: {
    post: {
      operationId: "consentChanged",
      summary: "A consent change, delivered to your registered HTTPS endpoint",
      description: [
        "Sent for every change the change feed shows, to each active endpoint a register admin has registered for your API client (which needs the consent:changes scope). Signed per the Standard Webhooks specification with the endpoint's secret (whsec_…), shown once when the endpoint is added or its secret rotated.",
        "Answer 2xx within 10 seconds once you have stored it; anything else (including redirects, which are not followed) is retried with exponential backoff from 30 seconds, doubling to 2 hours, with jitter, for 12 attempts (about 13 hours); then the delivery is marked failed for the register's admins, who can retry it.",
        "Order: a later change for the same person is not sent until an earlier one was accepted or given up. Changes for different people may arrive in any order; delivery is at least once. Keep the highest seq you hold for each person and ignore a change with a lower one.",
        "Reconcile: data.cursor is the feed cursor after the change, and seq numbers every change one after another. Webhooks are a prompt, the feed is the record: keep the cursor of the highest change up to which you hold every seq with no gap, and read GET /api/v1/consent/changes from it to catch anything missed (a delivery being retried or given up, changes made while the endpoint was disabled).",
      ].join("\n\n"),
      security: [],
      parameters: Object.entries(signatureHeaders).map(([name, header]) => ({ name, in: "header", ...header })),
      requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/ConsentChangedEvent" } } } },
      responses: {
        "200": { description: "Stored (any 2xx will do)." },
        default: { description: "Anything other than 2xx, or no answer within 10 seconds: the delivery is retried." },
      },
    },
  },
} as const;
