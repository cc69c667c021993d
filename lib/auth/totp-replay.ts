import { symmetricDecrypt } from "better-auth/crypto";
import { base32 } from "@better-auth/utils/base32";
import { createOTP } from "@better-auth/utils/otp";

import { getDb } from "../db";
import { getAuth } from "./auth";
import { TOTP_PERIOD_SECONDS } from "./auth-settings";

// A TOTP code signs in once (ASVS 2.8.4). better-auth accepts the code of the
// time step before, now and after; it does not remember which were used. Before
// better-auth checks a code, this finds the step the code belongs to and moves
// the account's last used step on to it in one conditional UPDATE: a second
// use of the same code (or of an older one), even in parallel, finds the step
// already taken and is refused.

export type TotpStepClaim = "claimed" | "replayed" | "no-match";

async function readTotpSecret(userId: string): Promise<string | Uint8Array | null> {
  const row = await getDb().staffTwoFactor.findFirst({ where: { userId }, select: { secret: true } });
  if (!row) return null;
  const ctx = await getAuth().$context;
  const secret = await symmetricDecrypt({ key: ctx.secretConfig, data: row.secret });
  // Secrets imported from another provider are stored as "base32:<secret>" (better-auth's convention).
  return secret.startsWith("base32:") ? base32.decode(secret.slice(7).toUpperCase()) : secret;
}

export async function claimTotpStep(options: { userId: string; code: string; now?: Date }): Promise<TotpStepClaim> {
  const secret = await readTotpSecret(options.userId);
  if (!secret || !/^\d{6}$/.test(options.code)) return "no-match";
  const otp = createOTP(secret, { digits: 6, period: TOTP_PERIOD_SECONDS });
  const current = Math.floor((options.now ?? new Date()).getTime() / (TOTP_PERIOD_SECONDS * 1000));
  let step: number | null = null;
  for (const candidate of [current, current - 1, current + 1]) {
    if ((await otp.hotp(candidate)) === options.code) {
      step = candidate;
      break;
    }
  }
  if (step === null) return "no-match";
  const updated = await getDb().staffUser.updateMany({
    where: { id: options.userId, OR: [{ lastTotpStep: null }, { lastTotpStep: { lt: BigInt(step) } }] },
    data: { lastTotpStep: BigInt(step) },
  });
  return updated.count === 1 ? "claimed" : "replayed";
}
