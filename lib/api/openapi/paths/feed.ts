import { changeSchema, changesResponseSchema, consentAnswerSchema, DEFAULT_CHANGES_PAGE, FEED_POLL_AFTER_SECONDS, MAX_CHANGES_PAGE, withdrawalSchema } from "../../../validation/consent-api";
import { COMMON_ERRORS, emptyAnswer, headOf, notAllowed, okAnswer, type OpenApiPart, problem, ref } from "../schemas";

// GET /api/v1/consent/changes: the change feed (cursors and epochs: docs/decisions/020).

const get = {
  operationId: "listChanges",
  summary: "Every change to the register's answers, in order",
  description: [
    "Needs the consent:changes scope. Start with since=0 (or without since) to read from the beginning; then pass nextCursor as since. No change is ever skipped or repeated between pages, even while decisions are being written: each change carries its number (seq), strictly increasing.",
    `When hasMore is false, wait pollAfterSeconds (${FEED_POLL_AFTER_SECONDS} seconds, also sent as Retry-After) and ask again with the same cursor, sending the ETag back as If-None-Match: 304 means nothing new.`,
    "A cursor carries the register's epoch, which changes when the register is restored or recreated. A cursor from another epoch, one ahead of the register, or one from before cursors carried the epoch (v1) is refused with 410 and the problem type https://consent-register.example/problems/feed-cursor-gone: changes may have been lost or renumbered, so resynchronise from since=0 and replace what you hold.",
  ].join("\n\n"),
  parameters: [
    { name: "since", in: "query", required: false, schema: { type: "string" }, description: "An opaque cursor from nextCursor or asOf.cursor, or 0 (or absent) for the beginning." },
    { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: MAX_CHANGES_PAGE, default: DEFAULT_CHANGES_PAGE } },
    { name: "If-None-Match", in: "header", required: false, schema: { type: "string" }, description: "The ETag of the page you hold for the same since and limit: answered 304 when it has not changed." },
  ],
  responses: {
    "200": okAnswer("A page of changes. Retry-After is pollAfterSeconds: 0 while hasMore is true.", ref("ChangesResponse"), "application/json", ["Cache-Control", "ETag", "Retry-After"]),
    "304": emptyAnswer("Not modified: If-None-Match names this page's ETag, so nothing has changed. Ask again after Retry-After seconds (pollAfterSeconds).", ["Cache-Control", "ETag", "Retry-After"]),
    "400": problem("A cursor this API did not give out, a bad limit, or a parameter given twice."),
    "410": problem(
      "Feed cursor gone (type https://consent-register.example/problems/feed-cursor-gone): the cursor is from another epoch of the register (restored or recreated since), ahead of the register's last change, or an old v1 cursor without an epoch. Resynchronise from since=0.",
    ),
    ...COMMON_ERRORS,
  },
};

export const feedPart: OpenApiPart = {
  schemas: [changesResponseSchema, changeSchema, consentAnswerSchema, withdrawalSchema],
  paths: {
    "/api/v1/consent/changes": { get, head: headOf(get), post: notAllowed("listChangesWrongMethod", "GET, HEAD") },
  },
};
