import { z } from "zod";
import {
  batchCheckRequestSchema,
  batchCheckResponseSchema,
  changesResponseSchema,
  consentAnswerSchema,
  DEFAULT_CHANGES_PAGE,
  MAX_BATCH_SIZE,
  MAX_CHANGES_PAGE,
  problemSchema,
} from "../validation/consent-api";

// The OpenAPI 3.1 document, generated from the same zod schemas that validate
// requests, so the documentation cannot drift from what the API accepts.

const SCHEMAS = [consentAnswerSchema, batchCheckRequestSchema, batchCheckResponseSchema, changesResponseSchema, problemSchema];

let cached: unknown;

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const schema of SCHEMAS) registry.add(schema, { id: String(schema.meta()?.id) });
  const output = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io: "output", unrepresentable: "any" });
  const schemas: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(output.schemas)) {
    const rest: Record<string, unknown> = { ...(schema as Record<string, unknown>) };
    delete rest.$schema;
    delete rest.$id;
    schemas[id] = rest;
  }
  return schemas;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });
const COMMON_ERRORS = {
  "401": problem("No API key, an unknown key or a revoked key."),
  "403": problem("The key lacks the scope this call needs."),
  "429": problem("Too many requests from this client; see Retry-After."),
  "503": problem("The register cannot be read. Do not share; retry after Retry-After seconds. Never a guessed answer."),
};

export function buildOpenApiDocument(baseUrl: string): unknown {
  cached ??= {
    openapi: "3.1.0",
    info: {
      title: "North London consent register: consent-check API",
      version: "1.0.0",
      description:
        "Ask whether a person's joined-up health and care record may be shared, for one person or up to 10,000 at once, and follow every change. Fails closed: when the register cannot be read the answer is 503, never shareable.",
    },
    servers: [{ url: baseUrl || "/" }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "A per-client API key issued by the register's staff: Authorization: Bearer nlr_…" } },
      schemas: componentSchemas(),
    },
    paths: {
      "/api/v1/consent/{nhsNumber}": {
        get: {
          operationId: "getConsent",
          summary: "One person's sharing status",
          description: "Needs the consent:read scope. A person with no decision recorded is participating.",
          parameters: [{ name: "nhsNumber", in: "path", required: true, schema: { type: "string" }, description: "10 digits; spaces are allowed (URL-encoded)." }],
          responses: {
            "200": { description: "The register's answer.", content: { "application/json": { schema: ref("ConsentAnswer") } } },
            "422": problem("Not a valid NHS number (wrong length, characters or check digit)."),
            ...COMMON_ERRORS,
          },
        },
      },
      "/api/v1/consent/check": {
        post: {
          operationId: "checkConsents",
          summary: `Up to ${MAX_BATCH_SIZE} people at once`,
          description: "Needs the consent:read scope. One result per number, in request order; an invalid number is answered as status invalid, shareable false, without failing the rest.",
          requestBody: { required: true, content: { "application/json": { schema: ref("BatchCheckRequest") } } },
          responses: {
            "200": { description: "One result per number, in order.", content: { "application/json": { schema: ref("BatchCheckResponse") } } },
            "400": problem("Malformed JSON, or not the expected shape."),
            "413": problem(`More than ${MAX_BATCH_SIZE} numbers, or a body over 1 MB.`),
            "415": problem("The body is not application/json."),
            ...COMMON_ERRORS,
          },
        },
      },
      "/api/v1/consent/changes": {
        get: {
          operationId: "listChanges",
          summary: "Every change to the register's answers, in order",
          description:
            "Needs the consent:changes scope. Start without since to read from the beginning; then pass nextCursor as since. No change is ever skipped or repeated between pages, even while decisions are being written. When hasMore is false, poll again later with the same cursor.",
          parameters: [
            { name: "since", in: "query", required: false, schema: { type: "string" }, description: "An opaque cursor from nextCursor." },
            { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: MAX_CHANGES_PAGE, default: DEFAULT_CHANGES_PAGE } },
          ],
          responses: {
            "200": { description: "A page of changes.", content: { "application/json": { schema: ref("ChangesResponse") } } },
            "400": problem("A cursor this API did not give out, or a bad limit."),
            ...COMMON_ERRORS,
          },
        },
      },
      "/fhir/Consent": {
        get: {
          operationId: "searchFhirConsent",
          summary: "FHIR R4 search: the person's Consent (UK Core shape)",
          parameters: [
            { name: "patient:identifier", in: "query", required: true, schema: { type: "string" }, description: "https://fhir.nhs.uk/Id/nhs-number|<NHS number>" },
          ],
          responses: {
            "200": { description: "A searchset Bundle: one Consent when a decision is recorded, none otherwise.", content: { "application/fhir+json": { schema: { type: "object" } } } },
            "400": { description: "OperationOutcome: a missing or wrong identifier.", content: { "application/fhir+json": { schema: { type: "object" } } } },
            "401": { description: "OperationOutcome: no valid key." },
            "503": { description: "OperationOutcome: the register cannot be read; never a guessed answer." },
          },
        },
      },
      "/fhir/metadata": {
        get: {
          operationId: "fhirCapabilities",
          summary: "FHIR CapabilityStatement",
          security: [],
          responses: { "200": { description: "CapabilityStatement", content: { "application/fhir+json": { schema: { type: "object" } } } } },
        },
      },
      "/api/v1/openapi.json": {
        get: { operationId: "openApi", summary: "This document", security: [], responses: { "200": { description: "OpenAPI 3.1" } } },
      },
    },
  };
  return cached;
}
