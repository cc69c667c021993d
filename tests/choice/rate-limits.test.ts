import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createJourney, findJourney } from "@/lib/choice/journey-store";
import { consumeChoiceAllowance, normaliseMailbox, resetChoiceRateLimits } from "@/lib/choice/rate-limits";
import { saveStep } from "@/lib/choice/save-step";
import { COMMON } from "@/lib/content/choice";
import { getDb } from "@/lib/db";
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

  it("tells the resident in plain words when they have asked for too many codes, and sends none", async () => {
    const email = uniqueAddress("too-many");
    const clientAddress = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const outcomes = [];
    for (let i = 0; i < 3; i++) {
      const { token } = await createJourney({ journey: "opt-out" });
      const journey = (await findJourney({ journey: "opt-out", token }))!;
      const formData = new FormData();
      formData.set("email", email);
      outcomes.push(await saveStep({ journeySlug: "opt-out", journey, step: "email", formData, isChange: false, clientAddress }));
    }
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false]);
    expect(outcomes[2]).toEqual({ ok: false, errors: {}, formError: COMMON.tooManyRequests });
    expect(await getDb().emailOutbox.count({ where: { toAddress: email } })).toBe(2);
  });
});

describe("code limits per mailbox (issue #12, finding 13)", () => {
  beforeAll(async () => {
    setEnvVariable("CHOICE_CODE_LIMIT_PER_EMAIL_PER_HOUR", "2");
    await resetChoiceRateLimits();
  });
  afterAll(async () => {
    await resetChoiceRateLimits();
  });

  it("counts name+1@…, name+2@… and NAME@… against one mailbox, as well as each address as typed", async () => {
    const [local, domain] = uniqueAddress("mailbox").split("@") as [string, string];
    const ask = (email: string) => consumeChoiceAllowance([{ kind: "code-email", value: email }]);
    expect(await ask(`${local}+1@${domain}`)).toBe(true);
    expect(await ask(`${local}+2@${domain}`)).toBe(true);
    // Fresh addresses as typed, but the mailbox has had its two codes: these used to be served.
    expect(await ask(`${local}+3@${domain}`)).toBe(false);
    expect(await ask(`${local.toUpperCase()}@${domain}`)).toBe(false);
    // Another mailbox is not affected; dots are left alone (conservative: never merge two people's addresses).
    expect(await ask(`${local}.x@${domain}`)).toBe(true);
  });

  it("normalises only case and a +tag", () => {
    expect(normaliseMailbox("Name+Tag@Example.ORG")).toBe("name@example.org");
    expect(normaliseMailbox("first.last@example.org")).toBe("first.last@example.org");
    expect(normaliseMailbox("+only@example.org")).toBe("+only@example.org");
    expect(normaliseMailbox("a+b+c@example.org")).toBe("a@example.org");
  });
});
