import { batchCheckRequestSchema, batchCheckResponseSchema, consentAnswerSchema, invalidAnswerSchema, MAX_BATCH_SIZE, registerPositionSchema } from "../../../validation/consent-api";
import { COMMON_ERRORS, notAllowed, okAnswer, type OpenApiPart, problem, ref } from "../schemas";

// POST /api/v1/consent/check: up to 10,000 people at once.

export const batchPart: OpenApiPart = {
  schemas: [batchCheckRequestSchema, batchCheckResponseSchema, consentAnswerSchema, invalidAnswerSchema, registerPositionSchema],
  paths: {
    "/api/v1/consent/check": {
      post: {
        operationId: "checkConsents",
        summary: `Up to ${MAX_BATCH_SIZE} people at once`,
        description: "Needs the consent:read scope. One result per number, in request order; an invalid number is answered as status invalid, shareable false, without failing the rest. asOf is the register position every result reflects (all read in one snapshot).",
        requestBody: { required: true, content: { "application/json": { schema: ref("BatchCheckRequest") } } },
        responses: {
          "200": okAnswer("One result per number, in order, and the register position they reflect.", ref("BatchCheckResponse"), "application/json", ["Cache-Control"]),
          "400": problem("Malformed JSON, or not the expected shape."),
          "413": problem(`More than ${MAX_BATCH_SIZE} numbers, or a body over 1 MB.`),
          "415": problem("The body is not application/json."),
          ...COMMON_ERRORS,
        },
      },
      // GET (and so HEAD) is refused: a batch is always a POST.
      get: notAllowed("checkConsentsWrongMethod", "POST"),
    },
  },
};
