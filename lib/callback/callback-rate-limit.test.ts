import { afterEach, describe, expect, it } from "vitest";

import { setEnvVariable } from "../env";
import { clientAddressFrom, consumeCallbackAllowance, resetCallbackRateLimit } from "./callback-rate-limit";

describe("call-back rate limit", () => {
  afterEach(() => {
    delete process.env.CALLBACK_RATE_LIMIT_PER_HOUR;
    resetCallbackRateLimit();
  });

  it("allows each address its hourly allowance, then refuses, without affecting other addresses", async () => {
    setEnvVariable("CALLBACK_RATE_LIMIT_PER_HOUR", "3");
    resetCallbackRateLimit();
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await consumeCallbackAllowance("192.0.2.10"));
    expect(answers).toEqual([true, true, true, false]);
    expect(await consumeCallbackAllowance("192.0.2.11")).toBe(true);
  });

  it("takes the address the trusted proxy saw, never one the client wrote into X-Forwarded-For", () => {
    // A client sends a made-up address; the load balancer appends the real one.
    const spoofed = new Headers({ "x-forwarded-for": "203.0.113.99, 198.51.100.7" });
    expect(clientAddressFrom(spoofed, 1)).toBe("198.51.100.7");
    // Behind a CDN and a load balancer, the CDN's entry is the client's.
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "203.0.113.99, 198.51.100.7, 10.0.0.1" }), 2)).toBe("198.51.100.7");
    // Straight to `next start`, which records the connection's address.
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "127.0.0.1" }), 0)).toBe("127.0.0.1");
    expect(clientAddressFrom(new Headers({ "x-real-ip": "198.51.100.8" }), 1)).toBe("198.51.100.8");
    expect(clientAddressFrom(new Headers(), 1)).toBe("unknown");
  });

  it("reads the number of trusted proxies from TRUSTED_PROXY_HOPS", () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.99, 198.51.100.7, 10.0.0.1" });
    expect(clientAddressFrom(headers)).toBe("10.0.0.1");
    setEnvVariable("TRUSTED_PROXY_HOPS", "2");
    try {
      expect(clientAddressFrom(headers)).toBe("198.51.100.7");
    } finally {
      setEnvVariable("TRUSTED_PROXY_HOPS", "1");
      delete process.env.TRUSTED_PROXY_HOPS;
    }
  });
});
