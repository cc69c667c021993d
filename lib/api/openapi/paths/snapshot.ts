import { consentAnswerSchema, snapshotHeaderSchema, snapshotTrailerSchema } from "../../../validation/consent-api";
import { COMMON_ERRORS, headOf, notAllowed, type OpenApiPart, ref } from "../schemas";

// GET /api/v1/consent/snapshot: every non-default state in one consistent read, to start (or restart) a
// feed consumer from (docs/decisions/022).

const NDJSON = "application/x-ndjson";

const get = {
  operationId: "exportSnapshot",
  summary: "Everyone whose answer is not the default (opted out), with the feed cursor it is consistent with",
  description: [
    "Needs the consent:changes scope (the feed's: the snapshot is where a feed consumer starts). Anyone not in the snapshot is participating, the default.",
    "The body is newline-delimited JSON (one JSON object a line, each ending in a line feed), read in one REPEATABLE READ transaction so every line is the same instant of the register: the first line is a SnapshotHeader whose cursor is that instant's feed position; then one ConsentAnswer line per person whose state is not the default, in NHS number order; then a SnapshotTrailer, {\"complete\": true, \"count\": N}.",
    "A snapshot without the trailer line, or whose count differs from the lines received, is truncated (the register failed part way or the connection broke: the server aborts the answer rather than ending it): discard it and ask again. Never treat it as complete: a person missing from it would look participating.",
    "Then read the change feed with since set to the header's cursor: it returns exactly the changes made after the snapshot, so the consumer misses nothing. A 410 from the feed (a new epoch) means taking a new snapshot.",
    "Compressed with gzip (Content-Encoding: gzip) when Accept-Encoding allows it; otherwise sent uncompressed. Streamed: there is no Content-Length.",
  ].join("\n\n"),
  parameters: [
    { name: "Accept-Encoding", in: "header", required: false, schema: { type: "string" }, description: "Send gzip to get the body compressed (recommended: it is about a tenth of the size)." },
  ],
  responses: {
    "200": {
      description: "The snapshot, streamed. Each line is one of the three schemas listed (the header first, the trailer last).",
      headers: {
        "X-Request-Id": { $ref: "#/components/headers/X-Request-Id" },
        "Cache-Control": { $ref: "#/components/headers/Cache-Control" },
        "Content-Encoding": { description: "gzip when Accept-Encoding allows it; absent otherwise.", schema: { type: "string", enum: ["gzip"] } },
      },
      content: {
        [NDJSON]: {
          schema: {
            description: "Each line (not the body as a whole) is one of these: SnapshotHeader (the first line), ConsentAnswer (one per person), SnapshotTrailer (the last line).",
            oneOf: [ref("SnapshotHeader"), ref("ConsentAnswer"), ref("SnapshotTrailer")],
          },
        },
      },
    },
    ...COMMON_ERRORS,
  },
};

export const snapshotPart: OpenApiPart = {
  schemas: [snapshotHeaderSchema, consentAnswerSchema, snapshotTrailerSchema],
  paths: {
    "/api/v1/consent/snapshot": { get, head: headOf(get), post: notAllowed("exportSnapshotWrongMethod", "GET, HEAD") },
  },
};
