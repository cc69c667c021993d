import { describe, expect, it } from "vitest";

import { sendEmailCode, verifyEmailCode } from "@/lib/choice/email-code";
import { createJourney, findJourney } from "@/lib/choice/journey-store";
import { CONFIRM_EMAIL } from "@/lib/content/choice";
import { getDb } from "@/lib/db";
import { CODE_LIFETIME_MS, RESEND_INTERVAL_MS } from "@/lib/otp/one-time-code";
import { uniqueAddress } from "../support/mail";
import { latestCode } from "./support";

const E = CONFIRM_EMAIL.errors;
const later = (base: Date, ms: number) => new Date(base.getTime() + ms);

async function journeyWithCode(now = new Date()) {
  const { id, token } = await createJourney({ journey: "opt-out" });
  const email = uniqueAddress("code");
  expect(await sendEmailCode({ journeyId: id, email, now })).toEqual({ ok: true });
  return { id, token, email, code: await latestCode(id) };
}

describe("email security codes", () => {
  it("proves the address with the right code, once, and keeps only a hash", async () => {
    const { id, token, email, code } = await journeyWithCode();
    const row = await getDb().choiceJourney.findUniqueOrThrow({ where: { id }, select: { otpHash: true } });
    expect(row.otpHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.otpHash).not.toContain(code);
    expect(await verifyEmailCode({ journeyId: id, code })).toEqual({ ok: true });
    expect((await findJourney({ journey: "opt-out", token }))!.verifiedEmail).toBe(email);
    expect(await verifyEmailCode({ journeyId: id, code })).toEqual({ ok: false, message: E.noCode });
  });

  it("allows 5 attempts, then asks for a new code", async () => {
    const { id, code } = await journeyWithCode();
    const wrong = code === "111111" ? "222222" : "111111";
    for (let i = 0; i < 4; i++) expect(await verifyEmailCode({ journeyId: id, code: wrong })).toEqual({ ok: false, message: E.wrong });
    expect(await verifyEmailCode({ journeyId: id, code: wrong })).toEqual({ ok: false, message: E.tooManyAttempts });
    // Even the right code is refused now.
    expect(await verifyEmailCode({ journeyId: id, code })).toEqual({ ok: false, message: E.tooManyAttempts });
  });

  it("expires a code after 10 minutes", async () => {
    const sentAt = new Date();
    const { id, code } = await journeyWithCode(sentAt);
    expect(await verifyEmailCode({ journeyId: id, code, now: later(sentAt, CODE_LIFETIME_MS + 1) })).toEqual({ ok: false, message: E.expired });
  });

  it("throttles new codes: one a minute and five a journey, each replacing the last", async () => {
    const start = new Date();
    const { id, email, code: first } = await journeyWithCode(start);
    expect(await sendEmailCode({ journeyId: id, email, now: later(start, 10_000) })).toEqual({ ok: false, message: E.resendTooSoon });
    for (let i = 1; i <= 4; i++) expect(await sendEmailCode({ journeyId: id, email, now: later(start, i * RESEND_INTERVAL_MS) })).toEqual({ ok: true });
    expect(await sendEmailCode({ journeyId: id, email, now: later(start, 10 * RESEND_INTERVAL_MS) })).toEqual({ ok: false, message: E.tooManyCodes });
    const newest = await latestCode(id);
    if (newest !== first) expect(await verifyEmailCode({ journeyId: id, code: first, now: later(start, 4 * RESEND_INTERVAL_MS) })).toMatchObject({ ok: false });
    expect(await verifyEmailCode({ journeyId: id, code: newest, now: later(start, 4 * RESEND_INTERVAL_MS) })).toEqual({ ok: true });
  });
});

describe("journey housekeeping", () => {
  it("deletes expired journeys with their answers and codes, and keeps live ones", async () => {
    const { createJourney: create, deleteExpiredJourneys } = await import("@/lib/choice/journey-store");
    const live = await create({ journey: "opt-in" });
    const old = await create({ journey: "opt-in", now: new Date(Date.now() - 48 * 60 * 60 * 1000) });
    expect(await deleteExpiredJourneys()).toBeGreaterThanOrEqual(1);
    expect(await getDb().choiceJourney.count({ where: { id: old.id } })).toBe(0);
    expect(await getDb().choiceJourney.count({ where: { id: live.id } })).toBe(1);
    // Starting a journey also clears expired ones.
    const older = await create({ journey: "opt-in", now: new Date(Date.now() - 48 * 60 * 60 * 1000) });
    await create({ journey: "opt-out" });
    expect(await getDb().choiceJourney.count({ where: { id: older.id } })).toBe(0);
  });
});
