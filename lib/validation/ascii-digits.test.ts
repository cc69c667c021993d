import { describe, expect, it } from "vitest";

import { ASCII_DIGITS_MAX_LENGTH, toAsciiDigits } from "./ascii-digits";

describe("toAsciiDigits", () => {
  it("reads Bengali, Arabic-Indic and Extended Arabic-Indic digits as 0 to 9", () => {
    expect(toAsciiDigits("০১২৩৪৫৬৭৮৯")).toBe("0123456789");
    expect(toAsciiDigits("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
    expect(toAsciiDigits("۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789");
    expect(toAsciiDigits("১৯৭০")).toBe("1970");
  });

  it("leaves everything else as it is, ASCII digits included", () => {
    expect(toAsciiDigits("999 123-4567")).toBe("999 123-4567");
    expect(toAsciiDigits("N1 1AA")).toBe("N1 1AA");
    expect(toAsciiDigits("৯৯৯ ১২৩ ৪৫৬৭")).toBe("999 123 4567");
    // Numbers that are not decimal digits (Roman numerals, superscripts, fractions) stay: they are not digits to type.
    expect(toAsciiDigits("Ⅻ ² ½ ৴")).toBe("Ⅻ ² ½ ৴");
    expect(toAsciiDigits("")).toBe("");
  });

  it("gives every decimal digit in Unicode the value the browser's own number formats give it", () => {
    // Each numbering system Intl knows writes 0 to 9 with its own digits; every one must read back as 0 to 9.
    let checked = 0;
    for (const system of Intl.supportedValuesOf("numberingSystem")) {
      const format = new Intl.NumberFormat("en", { numberingSystem: system, useGrouping: false });
      if (format.resolvedOptions().numberingSystem !== system) continue;
      const digits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((digit) => format.format(digit));
      if (!digits.every((digit) => /^\p{Nd}$/u.test(digit))) continue; // Algorithmic systems (Roman, Han) are not digits.
      expect(toAsciiDigits(digits.join("")), system).toBe("0123456789");
      checked += 1;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("reads the mathematical digits, five runs of ten side by side, each from its own zero", () => {
    expect(toAsciiDigits("\u{1D7CE}\u{1D7D7}\u{1D7D8}\u{1D7FF}")).toBe("0909");
  });

  it("leaves text longer than any number answer as it is, for the field's own check to refuse (a huge post is not converted)", () => {
    const bengaliNine = "\u09EF";
    expect(toAsciiDigits(bengaliNine.repeat(ASCII_DIGITS_MAX_LENGTH))).toBe("9".repeat(ASCII_DIGITS_MAX_LENGTH));
    const tooLong = bengaliNine.repeat(ASCII_DIGITS_MAX_LENGTH + 1);
    expect(toAsciiDigits(tooLong)).toBe(tooLong);
  });
});
