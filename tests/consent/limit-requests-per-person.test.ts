import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { saveStep } from "@/lib/choice/save-step";
import { consumePersonDailyAllowance, resetPersonDailyAllowance } from "@/lib/consent/limit-requests-per-person";
import { COMMON } from "@/lib/content/choice";
import { getDb } from "@/lib/db";
import { setEnvVariable } from "@/lib/env";
import { uniqueNhsNumber } from "../support/factories";
import { readyJourney, selfAnswers } from "../choice/support";

// Online choices per NHS number per day, by anyone, shared by every instance
// through PostgreSQL (docs/decisions/015).

describe("the daily limit per NHS number", () => {
  beforeAll(async () => {
    setEnvVariable("CHOICE_SUBMIT_LIMIT_PER_NHS_NUMBER_PER_DAY", "2");
    await resetPersonDailyAllowance();
  });
  afterAll(async () => {
    await resetPersonDailyAllowance();
  });

  it("allows each NHS number its daily allowance, shared by a new limiter (another instance), then refuses", async () => {
    const nhsNumber = uniqueNhsNumber();
    expect(await consumePersonDailyAllowance(nhsNumber)).toBe(true);
    await resetPersonDailyAllowance();
    expect(await consumePersonDailyAllowance(nhsNumber)).toBe(true);
    expect(await consumePersonDailyAllowance(nhsNumber)).toBe(false);
    // Another person is not affected; a choice without an NHS number goes to tracing instead.
    expect(await consumePersonDailyAllowance(uniqueNhsNumber())).toBe(true);
    expect(await consumePersonDailyAllowance(undefined)).toBe(true);
    // The table holds a hash, never the NHS number.
    const rows = await getDb().$queryRaw<{ key: string }[]>`SELECT key FROM rate_limit WHERE key LIKE 'choice-submit-nhs-number%'`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.key.includes(nhsNumber))).toBe(false);
  });

  it("tells the resident plainly when a person has had too many choices today, and records nothing", async () => {
    const nhsNumber = uniqueNhsNumber();
    await consumePersonDailyAllowance(nhsNumber);
    await consumePersonDailyAllowance(nhsNumber);
    const { journey } = await readyJourney({ answers: selfAnswers({ nhsNumber }) });
    const outcome = await saveStep({
      journeySlug: "opt-out",
      journey,
      step: "check-answers",
      formData: new FormData(),
      isChange: false,
      clientAddress: `198.51.100.${Math.floor(Math.random() * 250)}`,
    });
    expect(outcome).toEqual({ ok: false, errors: {}, formError: COMMON.tooManyForThisPerson });
    expect(await getDb().decision.count({ where: { nhsNumber } })).toBe(0);
  });
});
