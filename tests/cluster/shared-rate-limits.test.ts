import { randomUUID } from "node:crypto";

import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

import { createApiClientRateLimiter } from "@/lib/api/client-rate-limit";
import { createCallbackLimiter } from "@/lib/callback/callback-rate-limit";
import { createApiFailedKeyLimiter } from "@/lib/api/failed-key-limiter";
import { closeSharedRateLimitPools } from "@/lib/security/shared-rate-limit";
import { newKey, startApi } from "../api/support";

// Several instances behind a load balancer (docs/decisions/029): every limit
// is one budget in PostgreSQL, whichever instance a request reaches. Each
// "instance" here has its own limiter and its own connections, as two
// server processes would.

const url = () => process.env.DATABASE_URL!;
const pools: pg.Pool[] = [];
function instancePool(): pg.Pool {
  const pool = new pg.Pool({ connectionString: url(), max: 2 });
  pools.push(pool);
  return pool;
}

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await closeSharedRateLimitPools();
});

describe("rate limits shared by several instances", () => {
  it("gives an address one call-back allowance across two instances, and leaves other addresses alone", async () => {
    const first = createCallbackLimiter(url(), 3, instancePool());
    const second = createCallbackLimiter(url(), 3, instancePool());
    const address = `192.0.2.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    const answers = [];
    // The load balancer sends the requests to each instance in turn.
    for (const instance of [first, second, first, second, first]) answers.push((await instance.consume(address)).isAllowed);
    expect(answers).toEqual([true, true, true, false, false]);
    expect((await second.consume(`198.51.100.7-${randomUUID()}`)).isAllowed).toBe(true);
  });

  it("keeps the count when an instance restarts (a new limiter reads the same budget)", async () => {
    const address = `203.0.113.9-${randomUUID()}`;
    expect((await createCallbackLimiter(url(), 1, instancePool()).consume(address)).isAllowed).toBe(true);
    expect((await createCallbackLimiter(url(), 1, instancePool()).consume(address)).isAllowed).toBe(false);
  });

  it("gives an API client one per-second budget across two API instances, answering 429 on either once it is used", async () => {
    const limits = { DATABASE_URL: url(), API_RATE_LIMIT_PER_SECOND: 4 };
    const apis = await Promise.all([
      startApi({ rateLimitPerSecond: 4, clientRateLimiter: createApiClientRateLimiter(limits, instancePool()) }),
      startApi({ rateLimitPerSecond: 4, clientRateLimiter: createApiClientRateLimiter(limits, instancePool()) }),
    ]);
    try {
      const { key } = await newKey();
      // A warm-up request on each, so that connecting is not part of the second being measured.
      const other = await newKey();
      await Promise.all(apis.map((api) => api.get("/api/v1/consent/9990000018", other.key).then((r) => r.arrayBuffer())));

      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const response = await apis[i % 2]!.get("/api/v1/consent/9990000018", key);
        await response.arrayBuffer();
        statuses.push(response.status);
      }
      // Four in the second, whichever instance answered; each instance alone would have allowed four.
      expect(statuses.filter((status) => status === 200)).toHaveLength(4);
      expect(statuses.slice(4)).toEqual([429, 429]);
    } finally {
      await Promise.all(apis.map((api) => api.close()));
    }
  });

  it("counts failed API-key checks from one address on every instance together", async () => {
    const limits = { DATABASE_URL: url(), API_FAILED_KEY_LIMIT: 3 };
    const limiters = [createApiFailedKeyLimiter(limits), createApiFailedKeyLimiter(limits)];
    try {
      const address = `192.0.2.77-${randomUUID()}`;
      const waits = [];
      for (let i = 0; i < 4; i++) waits.push(await limiters[i % 2]!.recordFailure(address));
      expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
      expect(waits[3]).toBeGreaterThan(0);
    } finally {
      await Promise.all(limiters.map((limiter) => limiter.close()));
    }
  });
});
