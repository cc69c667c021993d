import { afterEach, describe, expect, it } from "vitest";

import { setEnvVariable } from "../env";
import { consumeCallbackAllowance, resetCallbackRateLimit } from "./callback-rate-limit";

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
});
