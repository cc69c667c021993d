import { describe, expect, it } from "vitest";

import { checkNewPassword, generateTemporaryPassword, PASSWORD_MESSAGES } from "./password-policy";

describe("checkNewPassword (ASVS 2.1)", () => {
  it("asks for 12 to 128 characters of anything, with no composition rules", () => {
    expect(checkNewPassword("short-one")).toBe(PASSWORD_MESSAGES.tooShort);
    expect(checkNewPassword("x".repeat(100) + "y".repeat(29))).toBe(PASSWORD_MESSAGES.tooLong);
    expect(checkNewPassword("violet kettle harbour lamp")).toBeNull();
    expect(checkNewPassword("ñandú über straße")).toBeNull();
    expect(checkNewPassword("ты не пройдёшь мимо")).toBeNull();
  });

  it("refuses passwords from the breached-password list, also padded with digits or symbols", () => {
    for (const common of ["1qaz2wsx3edc", "qwertyuiop123", "Password123456!", "iloveyou2026!!", "123456789012", "Sunshine!!1234", "leavemealone"]) {
      expect(checkNewPassword(common), common).toBe(PASSWORD_MESSAGES.common);
    }
  });

  it("refuses the member's own email name or name, and repeated characters", () => {
    expect(checkNewPassword("jo.bloggs-rules-ok", { email: "jo.bloggs@example.org" })).toBe(PASSWORD_MESSAGES.personal);
    expect(checkNewPassword("Priyanka2026 pass", { name: "Priyanka Shah" })).toBe(PASSWORD_MESSAGES.personal);
    expect(checkNewPassword("aaaaaaaaaaaaaaaa")).toBe(PASSWORD_MESSAGES.repetitive);
  });

  it("makes temporary passwords that pass its own check and differ each time", () => {
    const made = new Set(Array.from({ length: 50 }, () => generateTemporaryPassword()));
    expect(made.size).toBe(50);
    for (const password of made) {
      expect(password).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);
      expect(checkNewPassword(password)).toBeNull();
    }
  });
});
