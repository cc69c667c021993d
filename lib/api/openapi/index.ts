import { batchPart } from "./paths/batch";
import { feedPart } from "./paths/feed";
import { fhirPart } from "./paths/fhir";
import { metaPart } from "./paths/meta";
import { singlePart } from "./paths/single";
import { snapshotPart } from "./paths/snapshot";
import { WEBHOOK_SCHEMAS, WEBHOOKS } from "../../webhooks/openapi";
import { componentSchemas, HEADERS, type OpenApiPart, SHARED_SCHEMAS } from "./schemas";

// The OpenAPI 3.1 document, assembled from one part per operation group
// (paths/*.ts). Each part lists the zod schemas it refers to; they all become
// components, generated from the same schemas that validate requests.

/** Every part of the document, in the order its paths appear. Add a new operation group here. */
const PARTS: readonly OpenApiPart[] = [singlePart, batchPart, feedPart, snapshotPart, fhirPart, metaPart];

const DESCRIPTION = [
  "Ask whether a person's joined-up health and care record may be shared, for one person or up to 10,000 at once, and follow every change. Fails closed: when the register cannot be read the answer is 503, never shareable.",
  "Every answer carries X-Request-Id. Errors are application/problem+json (FHIR OperationOutcome under /fhir).",
  "Addresses have no trailing slash: one with a trailing slash is answered 308 Permanent Redirect to the address without it (the method and body are kept), by the site and the dedicated API server alike. An address that is not listed here is 404; a method a path does not take is 405 with Allow.",
].join("\n\n");

const cached = new Map<string, unknown>();

/** The document, with the register's public base URL (SITE_URL) as its server. */
export function buildOpenApiDocument(baseUrl: string): unknown {
  const server = baseUrl.replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]/.test(server)) throw new Error(`The OpenAPI server must be an absolute http(s) URL, not "${baseUrl}"`);
  let document = cached.get(server);
  if (!document) {
    document = {
      openapi: "3.1.0",
      info: { title: "North London consent register: consent-check API", version: "1.0.0", description: DESCRIPTION },
      servers: [{ url: server, description: "The register (SITE_URL); the dedicated API server answers the same paths." }],
      security: [{ apiKey: [] }],
      components: {
        securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "A per-client API key issued by the register's staff: Authorization: Bearer nlr_…" } },
        headers: HEADERS,
        schemas: componentSchemas([...SHARED_SCHEMAS, ...PARTS.flatMap((part) => part.schemas), ...WEBHOOK_SCHEMAS]),
      },
      paths: Object.assign({}, ...PARTS.map((part) => part.paths)),
      // What record services receive when they register an endpoint (docs/decisions/026).
      webhooks: WEBHOOKS,
    };
    cached.set(server, document);
  }
  return document;
}
