import { consentAnswerSchema, registerPositionSchema, singleAnswerSchema } from "../../../validation/consent-api";
import { COMMON_ERRORS, headOf, notAllowed, okAnswer, type OpenApiPart, problem, ref } from "../schemas";

// GET /api/v1/consent/{nhsNumber}: one person.

const get = {
  operationId: "getConsent",
  summary: "One person's sharing status",
  description: "Needs the consent:read scope. A person with no decision recorded is participating. asOf is the register position the answer reflects.",
  parameters: [{ name: "nhsNumber", in: "path", required: true, schema: { type: "string" }, description: "10 digits; spaces are allowed (URL-encoded)." }],
  responses: {
    "200": okAnswer("The register's answer, and the register position it reflects.", ref("ConsentAnswerAsOf"), "application/json", ["Cache-Control"]),
    "400": problem("The NHS number in the path is not valid percent-encoding."),
    "422": problem("Not a valid NHS number (wrong length, characters or check digit)."),
    ...COMMON_ERRORS,
  },
};

export const singlePart: OpenApiPart = {
  schemas: [singleAnswerSchema, consentAnswerSchema, registerPositionSchema],
  paths: {
    "/api/v1/consent/{nhsNumber}": {
      get,
      head: headOf(get),
      post: { ...notAllowed("getConsentWrongMethod", "GET, HEAD"), parameters: get.parameters },
    },
  },
};
