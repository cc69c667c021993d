import { batchPart } from "./paths/batch";
import { feedPart } from "./paths/feed";
import { fhirPart } from "./paths/fhir";
import { metaPart } from "./paths/meta";
import { singlePart } from "./paths/single";
import { componentSchemas, type OpenApiPart, SHARED_SCHEMAS } from "./schemas";

// The OpenAPI 3.1 document, assembled from one part per operation group
// (paths/*.ts). Each part lists the zod schemas it refers to; they all become
// components, generated from the same schemas that validate requests.

/** Every part of the document, in the order its paths appear. Add a new operation group here. */
const PARTS: readonly OpenApiPart[] = [singlePart, batchPart, feedPart, fhirPart, metaPart];

let cached: unknown;

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
      schemas: componentSchemas([...SHARED_SCHEMAS, ...PARTS.flatMap((part) => part.schemas)]),
    },
    paths: Object.assign({}, ...PARTS.map((part) => part.paths)),
  };
  return cached;
}
