import { createHash } from "node:crypto";

import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

import { getEnv } from "../env";

// How many online choices may be sent for one NHS number in a day, whoever
// sends them and from wherever: kept in PostgreSQL (table rate_limit, like
// lib/choice/rate-limits.ts) so every instance of the site shares the count.
// It bounds how often anyone can flip, or ask to flip, one person's choice,
// and so how many notices the person's own addresses receive
// (docs/decisions/015). NHS numbers are keyed by a hash.

type Holder = { consentRegisterPersonLimit?: { pool: pg.Pool; limiter: RateLimiterPostgres } };
const holder = globalThis as unknown as Holder;

const DAY_SECONDS = 24 * 60 * 60;

function getLimiter(): RateLimiterPostgres {
  if (!holder.consentRegisterPersonLimit) {
    const pool = new pg.Pool({ connectionString: getEnv().DATABASE_URL, max: 2, connectionTimeoutMillis: 3_000 });
    // An idle connection that drops must not crash the server.
    pool.on("error", (error) => console.warn(`[rate-limit] ${error.message}`));
    const limiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true,
      keyPrefix: "choice-submit-nhs-number",
      points: getEnv().CHOICE_SUBMIT_LIMIT_PER_NHS_NUMBER_PER_DAY,
      duration: DAY_SECONDS,
    });
    holder.consentRegisterPersonLimit = { pool, limiter };
  }
  return holder.consentRegisterPersonLimit.limiter;
}

function keyFor(nhsNumber: string): string {
  return createHash("sha256").update(`nhs-number:${nhsNumber}`).digest("hex").slice(0, 32);
}

/**
 * Takes one choice from the NHS number's daily allowance: false when it is
 * used up (nothing may then be recorded for it online until the day's window
 * passes). A choice without an NHS number is not counted here: it goes to the
 * tracing worklist, where staff match it.
 */
export async function consumePersonDailyAllowance(nhsNumber: string | undefined): Promise<boolean> {
  if (!nhsNumber) return true;
  try {
    await getLimiter().consume(keyFor(nhsNumber));
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}

/** For tests: a new limiter with the current configuration. */
export async function resetPersonDailyAllowance(): Promise<void> {
  const current = holder.consentRegisterPersonLimit;
  holder.consentRegisterPersonLimit = undefined;
  await current?.pool.end();
}
