import { describe, expect, it } from "vitest";

import { keyingDefaultsFrom, readKeyingDefaults } from "./keying-defaults";

describe("what the keying form remembers for the sitting", () => {
  it("keeps the language of the last form with how it came, its signature and who made it", () => {
    const cookie = keyingDefaultsFrom({ channel: "PAPER", isSigned: "yes", madeBy: "SELF", language: "bn", autoAdvance: true });
    expect(readKeyingDefaults(cookie)).toEqual({ channel: "PAPER", isSigned: "yes", madeBy: "SELF", language: "bn", autoAdvance: "yes" });
    expect(readKeyingDefaults(keyingDefaultsFrom({ channel: "PHONE", madeBy: "SELF", language: "en-easy" })).language).toBe("en-easy");
  });
  it("forgets a cookie whose language is not a published locale, rather than refusing the page", () => {
    expect(readKeyingDefaults(JSON.stringify({ channel: "PAPER", language: "fr" }))).toEqual({});
    expect(readKeyingDefaults(JSON.stringify({ channel: "PAPER", language: "bn" }))).toEqual({ channel: "PAPER", language: "bn" });
  });
});
