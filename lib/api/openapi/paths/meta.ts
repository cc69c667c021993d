import type { OpenApiPart } from "../schemas";

// GET /api/v1/openapi.json: this document.

export const metaPart: OpenApiPart = {
  schemas: [],
  paths: {
    "/api/v1/openapi.json": {
      get: { operationId: "openApi", summary: "This document", security: [], responses: { "200": { description: "OpenAPI 3.1" } } },
    },
  },
};
