import { consentAnswerSchema } from "../../../validation/consent-api";
import { COMMON_ERRORS, type OpenApiPart, problem, ref } from "../schemas";

// GET /api/v1/consent/{nhsNumber}: one person.

export const singlePart: OpenApiPart = {
  schemas: [consentAnswerSchema],
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
  },
};
