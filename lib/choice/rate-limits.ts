import { createHash } from "node:crypto";

import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

import { getEnv } from "../env";

// Abuse limits for the journeys, kept in PostgreSQL (table rate_limit) so
// every instance of the site shares them. Email addresses are keyed by a hash,
// so the table holds no personal data.

export type LimitKind = "code-ip" | "code-email" | "submit-ip" | "submit-email";

type Holder = { consentRegisterChoiceLimits?: { pool: pg.Pool; limiters: Map<LimitKind, RateLimiterPostgres> } };
const holder = globalThis as unknown as Holder;

function pointsFor(kind: LimitKind): number {
  const env = getEnv();
  return {
    "code-ip": env.CHOICE_CODE_LIMIT_PER_IP_PER_HOUR,
    "code-email": env.CHOICE_CODE_LIMIT_PER_EMAIL_PER_HOUR,
    "submit-ip": env.CHOICE_SUBMIT_LIMIT_PER_IP_PER_HOUR,
    "submit-email": env.CHOICE_SUBMIT_LIMIT_PER_EMAIL_PER_HOUR,
  }[kind];
}

function getLimiter(kind: LimitKind): RateLimiterPostgres {
  if (!holder.consentRegisterChoiceLimits) {
    const pool = new pg.Pool({ connectionString: getEnv().DATABASE_URL, max: 2, connectionTimeoutMillis: 3_000 });
    // An idle connection that drops must not crash the server.
    pool.on("error", (error) => console.warn(`[rate-limit] ${error.message}`));
    holder.consentRegisterChoiceLimits = { pool, limiters: new Map() };
  }
  const { pool, limiters } = holder.consentRegisterChoiceLimits;
  let limiter = limiters.get(kind);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true,
      keyPrefix: `choice-${kind}`,
      points: pointsFor(kind),
      duration: 60 * 60,
    });
    limiters.set(kind, limiter);
  }
  return limiter;
}

function keyFor(kind: LimitKind, value: string): string {
  return kind.endsWith("email") ? createHash("sha256").update(value.toLowerCase()).digest("hex").slice(0, 32) : value;
}

/**
 * Takes one point from each limit given; false when any is used up. Every
 * limit is charged, so hammering one address also uses up the email's allowance.
 */
export async function consumeChoiceAllowance(limits: readonly { kind: LimitKind; value: string }[]): Promise<boolean> {
  let isAllowed = true;
  for (const { kind, value } of limits) {
    try {
      await getLimiter(kind).consume(keyFor(kind, value));
    } catch (error) {
      if (error instanceof RateLimiterRes) isAllowed = false;
      else throw error;
    }
  }
  return isAllowed;
}

/** For tests: new limiters with the current configuration. */
export async function resetChoiceRateLimits(): Promise<void> {
  const current = holder.consentRegisterChoiceLimits;
  holder.consentRegisterChoiceLimits = undefined;
  await current?.pool.end();
}
