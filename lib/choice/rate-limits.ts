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

function hashed(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 32);
}

/**
 * The mailbox an address delivers to, for counting: lower case, and without a
 * "+tag" after the local part ("Name+1@Example.org" → "name@example.org"),
 * which most providers deliver to the same mailbox. Deliberately conservative:
 * dots and provider-specific aliases are left alone, so two people's
 * addresses are never counted as one.
 */
export function normaliseMailbox(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at <= 0) return address;
  const local = address.slice(0, at);
  const plus = local.indexOf("+");
  return `${plus > 0 ? local.slice(0, plus) : local}${address.slice(at)}`;
}

/** The keys one limit is charged to: an email counts as typed and as its mailbox (each hashed: no personal data kept). */
function keysFor(kind: LimitKind, value: string): string[] {
  if (!kind.endsWith("email")) return [value];
  const typed = value.trim().toLowerCase();
  const mailbox = normaliseMailbox(value);
  // The mailbox key is the plain address's own key, so "name+1@…" also uses up what "name@…" may ask for.
  return mailbox === typed ? [hashed(typed)] : [hashed(typed), hashed(mailbox)];
}

/**
 * Takes one point from each limit given; false when any is used up. Every
 * limit is charged, so hammering one address also uses up the email's
 * allowance, and "name+1@…", "name+2@…" share the allowance of "name@…".
 */
export async function consumeChoiceAllowance(limits: readonly { kind: LimitKind; value: string }[]): Promise<boolean> {
  let isAllowed = true;
  for (const { kind, value } of limits) {
    for (const key of keysFor(kind, value)) {
      try {
        await getLimiter(kind).consume(key);
      } catch (error) {
        if (error instanceof RateLimiterRes) isAllowed = false;
        else throw error;
      }
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
