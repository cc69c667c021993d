import { describe, expect, it } from "vitest";

import { isResidentPath, localiseHref, splitLocale } from "./paths";

describe("addresses in every language", () => {
  it("takes the locale's prefix off", () => {
    expect(splitLocale("/bn/your-choice")).toEqual({ locale: "bn", path: "/your-choice", prefixed: true });
    expect(splitLocale("/en-easy")).toEqual({ locale: "en-easy", path: "/", prefixed: true });
    expect(splitLocale("/es/choice/opt-out/name")).toEqual({ locale: "es", path: "/choice/opt-out/name", prefixed: true });
    expect(splitLocale("/your-choice")).toEqual({ locale: "en", path: "/your-choice", prefixed: false });
    // Not a prefix: a path that merely starts with the same letters.
    expect(splitLocale("/bnx/your-choice")).toEqual({ locale: "en", path: "/bnx/your-choice", prefixed: false });
    expect(splitLocale("/en-easyx")).toEqual({ locale: "en", path: "/en-easyx", prefixed: false });
  });

  it("puts it back on resident links only", () => {
    expect(localiseHref("bn", "/your-choice")).toBe("/bn/your-choice");
    expect(localiseHref("bn", "/")).toBe("/bn");
    expect(localiseHref("so", "/#main")).toBe("/so#main");
    expect(localiseHref("tr", "/downloads/paper-form.pdf")).toBe("/tr/downloads/paper-form.pdf");
    expect(localiseHref("en", "/your-choice")).toBe("/your-choice");
    for (const href of ["/staff/login", "/api/v1/consent", "/developers", "/nhsuk/css/x.css", "/film/joined-up-record-film.mp4", "https://www.nhs.uk/", "mailto:a@example.org", "tel:02079460321", "#top", "//evil.example"]) {
      expect(localiseHref("bg", href)).toBe(href);
    }
  });

  it("knows which paths are residents'", () => {
    expect(isResidentPath("/choice/opt-in")).toBe(true);
    expect(isResidentPath("/staff")).toBe(false);
    expect(isResidentPath("/staffing")).toBe(true);
    expect(isResidentPath("/api/health")).toBe(false);
  });
});
