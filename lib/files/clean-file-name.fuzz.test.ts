import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { fuzzParams, mangled, nastyString, timeBoxed, FUZZ_TEST_TIMEOUT_MS } from "../../tests/fuzz/arbitraries";
import { cleanFileName } from "./clean-file-name";

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

// Whatever a browser or a command line sends as a file name, the stored name
// is safe to store (PostgreSQL) and to show (staff pages, the evidence queue).

describe("cleanFileName (fuzzed)", () => {
  it("a cleaned file name is never empty, has no folders, control, markup or direction characters, is whole UTF-16, at most 255 long, and cleaning it again changes nothing", () => {
    const name = fc.oneof(
      nastyString,
      mangled(fc.constantFrom("birth certificate.pdf", "C:\\Users\\me\\scan.png", "../../etc/passwd", "evil\u202efdp.exe", "photo.jpg")),
      fc.tuple(fc.string({ maxLength: 260 }), fc.constantFrom("😀", "\u{1d7ce}", "é", "\u0301")).map(([a, b]) => `${a}${b.repeat(200)}`),
      fc.nat({ max: 300 }).map((n) => `${"a".repeat(n)}😀😀`),
    );
    fc.assert(
      fc.property(name, (raw) => {
        const cleaned = timeBoxed(() => cleanFileName(raw));
        expect(cleaned.length).toBeGreaterThan(0);
        expect(cleaned.length).toBeLessThanOrEqual(255);
        expect(cleaned).not.toMatch(/[\\/<>"\p{Cc}\p{Cs}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u);
        expect(cleaned).toBe(cleaned.trim());
        expect(cleanFileName(cleaned)).toBe(cleaned);
        // Only ever a part of the last path segment as sent (or the placeholder).
        const base = raw.split(/[\\/]/).pop()!;
        if (cleaned !== "unnamed file") expect(base.replace(/[\p{Cc}\p{Cs}<>"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, "")).toContain(cleaned);
      }),
      fuzzParams(),
    );
  });

  it("regression: direction controls are removed, and an emoji at the 255th character is not cut in half", () => {
    expect(cleanFileName("evil\u202efdp.exe")).toBe("evilfdp.exe");
    expect(cleanFileName(`${"a".repeat(254)}😀`)).toBe("a".repeat(254));
    expect(cleanFileName("scan\ud800.png")).toBe("scan.png");
  });

  it("keeps only a safe base name, with the caller's fallback for nothing left", () => {
    expect(cleanFileName("C:\\Users\\me\\birth certificate.pdf")).toBe("birth certificate.pdf");
    expect(cleanFileName("../../<x>.png")).toBe("x.png");
    expect(cleanFileName("")).toBe("unnamed file");
    expect(cleanFileName("\u0000\u202e", { fallback: "evidence" })).toBe("evidence");
    // PostgreSQL cannot store a NUL: the legacy importer's provenance used to fail on one.
    expect(cleanFileName("a\u0000b.csv")).toBe("ab.csv");
  });
});
