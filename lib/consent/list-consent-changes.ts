import { getDb } from "../db";
import type { Channel, ConsentStatus } from "../generated/prisma/enums";

export type ConsentChangeEntry = {
  seq: bigint;
  nhsNumber: string;
  status: ConsentStatus;
  decidedAt: Date | null;
  channel: Channel | null;
  changedAt: Date;
};

/**
 * Changes after a sequence number, in order. Sequence numbers are handed out
 * in commit order, so paging by "after the last one seen" never skips or
 * repeats a change, even while decisions are being written.
 */
export async function listConsentChanges(options: { after: bigint; limit: number }): Promise<ConsentChangeEntry[]> {
  return getDb().consentChange.findMany({
    where: { seq: { gt: options.after } },
    orderBy: { seq: "asc" },
    take: options.limit,
    select: { seq: true, nhsNumber: true, status: true, decidedAt: true, channel: true, changedAt: true },
  });
}
