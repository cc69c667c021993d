import { z } from "zod";

// The consent-check API's request and response shapes. Requests are parsed
// with these; the OpenAPI document is generated from these. Field names are a
// contract with record services: never rename them.

export const MAX_BATCH_SIZE = 10_000;
export const MAX_CHANGES_PAGE = 10_000;
export const DEFAULT_CHANGES_PAGE = 1_000;
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

export const batchCheckResponseSchema = z
  .object({ results: z.array(z.union([consentAnswerSchema, invalidAnswerSchema])) })
  .meta({ id: "BatchCheckResponse" });

export const changeSchema = consentAnswerSchema
  .extend({ changedAt: z.iso.datetime().describe("When the register's answer changed.") })
  .meta({ id: "ConsentChange" });

export const changesResponseSchema = z
  .object({
    changes: z.array(changeSchema),
    nextCursor: z.string().describe("Pass as `since` to read on from here. Opaque."),
    hasMore: z.boolean().describe("True when more changes are waiting now; read again at once."),
  })
  .meta({ id: "ChangesResponse" });

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
