import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { consumeChoiceAllowance, resetChoiceRateLimits } from "@/lib/choice/rate-limits";
import { setEnvVariable } from "@/lib/env";
import { uniqueAddress } from "../support/mail";

describe("journey rate limits (shared through PostgreSQL)", () => {
  beforeAll(async () => {
    setEnvVariable("CHOICE_CODE_LIMIT_PER_IP_PER_HOUR", "3");
    setEnvVariable("CHOICE_CODE_LIMIT_PER_EMAIL_PER_HOUR", "2");
    await resetChoiceRateLimits();
  });
  afterAll(async () => {
    await resetChoiceRateLimits();
  });

  it("limits code requests per email address and per IP address", async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
    const email = uniqueAddress("limit");
    const ask = (address: string, to: string) => consumeChoiceAllowance([{ kind: "code-ip", value: address }, { kind: "code-email", value: to }]);
    expect(await ask(ip, email)).toBe(true);
    expect(await ask(ip, email)).toBe(true);
    // A third code to the same address, from anywhere, is refused.
    expect(await ask(`198.51.100.${Math.floor(Math.random() * 250)}`, email)).toBe(false);
    // The IP address has used 2 of its 3; one more for another email, then no more.
    expect(await ask(ip, uniqueAddress("limit"))).toBe(true);
    expect(await ask(ip, uniqueAddress("limit"))).toBe(false);
  });

  it("keeps counts in the database, so a new limiter (another instance) sees them", async () => {
    const email = uniqueAddress("shared");
    const ask = () => consumeChoiceAllowance([{ kind: "code-email", value: email }]);
    expect(await ask()).toBe(true);
    expect(await ask()).toBe(true);
    await resetChoiceRateLimits();
    expect(await ask()).toBe(false);
  });
});
