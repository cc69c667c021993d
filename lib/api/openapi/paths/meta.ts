import { headOf, notAllowed, okAnswer, type OpenApiPart } from "../schemas";

// GET /api/v1/openapi.json: this document.

const get = {
  operationId: "openApi",
  summary: "This document",
  security: [],
  responses: { "200": okAnswer("This OpenAPI 3.1 document.", { type: "object", required: ["openapi", "info", "paths"], properties: { openapi: { const: "3.1.0" }, info: { type: "object" }, paths: { type: "object" } } }) },
};

export const metaPart: OpenApiPart = {
  schemas: [],
  paths: {
    "/api/v1/openapi.json": { get, head: headOf(get), post: notAllowed("openApiWrongMethod", "GET, HEAD") },
  },
};
