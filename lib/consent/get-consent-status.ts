import { getDb } from "../db";
import { AppError } from "../errors";
import type { Channel } from "../generated/prisma/enums";

export type ConsentAnswer = {
  nhsNumber: string;
  status: "participating" | "opted-out";
  /** Fails closed: true only when the register was read and says participating. */
  shareable: boolean;
  decidedAt: Date | null;
  source: Channel | null;
  seq: bigint | null;
};

/**
 * The register's answer for one NHS number (already validated). Someone with
 * no decision recorded is participating. Throws REGISTER_UNAVAILABLE when the
 * register cannot be read: the caller must never turn that into "shareable".
 */
export async function getConsentStatus(options: { nhsNumber: string }): Promise<ConsentAnswer> {
  let row;
  try {
    row = await getDb().personConsent.findUnique({
      where: { nhsNumber: options.nhsNumber },
      select: { status: true, decidedAt: true, channel: true, seq: true },
    });
  } catch (error) {
    throw new AppError({ code: "REGISTER_UNAVAILABLE", message: "Could not read person_consent", cause: error });
  }
  const isOptedOut = row?.status === "OPTED_OUT";
  return {
    nhsNumber: options.nhsNumber,
    status: isOptedOut ? "opted-out" : "participating",
    shareable: !isOptedOut,
    decidedAt: row?.decidedAt ?? null,
    source: row?.channel ?? null,
    seq: row?.seq ?? null,
  };
}
