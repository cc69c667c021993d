import { z } from "zod";

// The consent-check API's request and response shapes. Requests are parsed
// with these; the OpenAPI document is generated from these. Field names are a
// contract with record services: never rename them.

export const MAX_BATCH_SIZE = 10_000;
export const MAX_CHANGES_PAGE = 10_000;
export const DEFAULT_CHANGES_PAGE = 1_000;
/**
 * How long a consumer that has caught up with the feed waits before asking again (pollAfterSeconds,
 * Retry-After): the longest an opt-out waits to reach a consumer that follows the feed (ADR 020).
 */
export const FEED_POLL_AFTER_SECONDS = 5;
/** A batch of 10,000 spaced NHS numbers is about 170 kB; anything much larger is not a batch. */
export const MAX_BODY_BYTES = 1_048_576;

export const SOURCES = ["online", "paper", "phone", "caremyway-import", "cidr-import"] as const;

export const consentAnswerSchema = z
  .object({
    nhsNumber: z.string().regex(/^\d{10}$/).describe("The NHS number asked about, normalised to 10 digits."),
    status: z.enum(["participating", "opted-out"]),
    shareable: z.boolean().describe("True only when the register was read and the person is participating."),
    decidedAt: z.iso.datetime().nullable().describe("When the person made the decision in force; null when none is recorded."),
    source: z.enum(SOURCES).nullable().describe("How that decision reached the register; null when none is recorded."),
  })
  .meta({ id: "ConsentAnswer" });

export const invalidAnswerSchema = z
  .object({
    nhsNumber: z.string().describe("The value as it was sent."),
    status: z.literal("invalid"),
    shareable: z.literal(false),
    error: z.string().describe("Why the value is not a valid NHS number."),
  })
  .meta({ id: "InvalidAnswer" });

export const batchCheckRequestSchema = z
  .object({
    nhsNumbers: z
      .array(z.string().max(64))
      .min(1)
      .max(MAX_BATCH_SIZE)
      .describe("Up to 10,000 NHS numbers; spaces and hyphens are allowed. Each is answered in order."),
  })
  .strict()
  .meta({ id: "BatchCheckRequest" });

export const registerPositionSchema = z
  .object({
    cursor: z.string().describe("The change-feed cursor at this position: pass it as since to follow every change after this answer."),
    seq: z.number().int().min(0).describe("The number of the last change the answer reflects (0: none yet)."),
  })
  .meta({ id: "RegisterPosition", description: "The register position an answer reflects: every change up to and including seq, none after." });

export const singleAnswerSchema = consentAnswerSchema
  .extend({ asOf: registerPositionSchema })
  .meta({ id: "ConsentAnswerAsOf" });

export const batchCheckResponseSchema = z
  .object({ results: z.array(z.union([consentAnswerSchema, invalidAnswerSchema])), asOf: registerPositionSchema })
  .meta({ id: "BatchCheckResponse" });

export const withdrawalSchema = z
  .object({
    reason: z.string().describe("Why the decision was withdrawn, as the register recorded it."),
    effectiveAt: z.iso.datetime().describe("When the withdrawal took effect."),
  })
  .meta({ id: "Withdrawal", description: "The decision in force until this change was withdrawn: this is why the answer changed." });

export const changeSchema = consentAnswerSchema
  .extend({
    seq: z.number().int().min(1).describe("This change's number: strictly increasing through the feed, one per change, never reused within an epoch."),
    changedAt: z.iso.datetime().describe("When the register's answer changed."),
    withdrawal: withdrawalSchema.nullable().describe("Set when the change came from withdrawing the decision that was in force (decidedAt and source then describe the decision in force now, if any); null otherwise."),
  })
  .meta({ id: "ConsentChange" });

export const changesResponseSchema = z
  .object({
    changes: z.array(changeSchema),
    nextCursor: z.string().describe("Pass as `since` to read on from here. Opaque; it carries the register's epoch."),
    hasMore: z.boolean().describe("True when more changes are waiting now; read again at once."),
    pollAfterSeconds: z
      .number()
      .int()
      .min(0)
      .describe(`Seconds to wait before asking again with nextCursor: 0 while hasMore is true, otherwise ${FEED_POLL_AFTER_SECONDS}. Sent as Retry-After too.`),
  })
  .meta({ id: "ChangesResponse" });

export const snapshotHeaderSchema = z
  .object({
    cursor: z.string().describe("The change-feed cursor this snapshot is consistent with: pass it as since to read every change made after the snapshot, and none it already holds."),
    seq: z.number().int().min(0).describe("The number of the last change the snapshot reflects (0: none yet)."),
    takenAt: z.iso.datetime().describe("When the snapshot was taken (the register's clock)."),
  })
  .meta({ id: "SnapshotHeader", description: "The first line of a snapshot: the register position every line after it reflects." });

export const snapshotTrailerSchema = z
  .object({
    complete: z.literal(true),
    count: z.number().int().min(0).describe("How many person lines came between the first line and this one."),
  })
  .meta({ id: "SnapshotTrailer", description: "The last line of a complete snapshot. Without it, or with a count that does not match, the snapshot is truncated: discard it and ask again." });

export const changesQuerySchema = z.object({
  since: z.string().max(100).optional(),
  // Plain decimal digits only: Number() would also take "0x10", "1e3", " 5 " and "".
  limit: z
    .string()
    .regex(/^[0-9]{1,5}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(MAX_CHANGES_PAGE))
    .default(DEFAULT_CHANGES_PAGE),
});

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    requestId: z.string(),
  })
  .meta({ id: "Problem" });

export type ConsentAnswerBody = z.infer<typeof consentAnswerSchema>;
export type InvalidAnswerBody = z.infer<typeof invalidAnswerSchema>;
