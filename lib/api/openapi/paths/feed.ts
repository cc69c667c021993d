import { changeSchema, changesResponseSchema, consentAnswerSchema, DEFAULT_CHANGES_PAGE, MAX_CHANGES_PAGE } from "../../../validation/consent-api";
import { COMMON_ERRORS, headOf, notAllowed, okAnswer, type OpenApiPart, problem, ref } from "../schemas";

// GET /api/v1/consent/changes: the change feed.

const get = {
  operationId: "listChanges",
  summary: "Every change to the register's answers, in order",
  description:
    "Needs the consent:changes scope. Start without since to read from the beginning; then pass nextCursor as since. No change is ever skipped or repeated between pages, even while decisions are being written. When hasMore is false, poll again later with the same cursor.",
  parameters: [
    { name: "since", in: "query", required: false, schema: { type: "string" }, description: "An opaque cursor from nextCursor." },
    { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: MAX_CHANGES_PAGE, default: DEFAULT_CHANGES_PAGE } },
  ],
  responses: {
    "200": okAnswer("A page of changes.", ref("ChangesResponse")),
    "400": problem("A cursor this API did not give out, a bad limit, or a parameter given twice."),
    ...COMMON_ERRORS,
  },
};

export const feedPart: OpenApiPart = {
  schemas: [changesResponseSchema, changeSchema, consentAnswerSchema],
  paths: {
    "/api/v1/consent/changes": { get, head: headOf(get), post: notAllowed("listChangesWrongMethod", "GET, HEAD") },
  },
};
