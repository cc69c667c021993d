import { describe, expect, it } from "vitest";

import { generateCode, generateSalt, hashCode, isCodeMatch } from "./one-time-code";

describe("one-time codes", () => {
  it("are six digits, leading zeros kept", () => {
    expect(generateCode(() => 42)).toBe("000042");
    for (let i = 0; i < 50; i++) expect(generateCode()).toMatch(/^\d{6}$/);
  });

  it("are stored as a salted hash that only the right code matches", () => {
    const salt = generateSalt();
    const hash = hashCode("123456", salt);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain("123456");
    expect(isCodeMatch("123456", salt, hash)).toBe(true);
    expect(isCodeMatch("123457", salt, hash)).toBe(false);
    expect(isCodeMatch("123456", generateSalt(), hash)).toBe(false);
  });
});
