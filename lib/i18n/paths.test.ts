import { describe, expect, it } from "vitest";

import { absoluteHref, isResidentPath, localiseHref, residentPathOf, splitLocale } from "./paths";

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

describe("the page the language links point at (residentPathOf)", () => {
  it("is the router's current page, whether it reports the address with its prefix or as rewritten", () => {
    expect(residentPathOf("/tr/choice/opt-out/date-of-birth", "/choice/opt-out/who-for")).toBe("/choice/opt-out/date-of-birth");
    expect(residentPathOf("/choice/opt-out/date-of-birth", "/choice/opt-out/who-for")).toBe("/choice/opt-out/date-of-birth");
    expect(residentPathOf("/en-easy", "/your-choice")).toBe("/");
  });

  it("is the address the server rendered while the router has none, or has left the resident pages", () => {
    expect(residentPathOf(null, "/your-choice")).toBe("/your-choice");
    expect(residentPathOf("", "/your-choice")).toBe("/your-choice");
    expect(residentPathOf("/staff/decisions", "/your-choice")).toBe("/your-choice");
  });
});

describe("absoluteHref", () => {
  it("writes a page's full address in the locale, the home page without a trailing slash, however the site's address ends", () => {
    for (const site of ["https://record.example", "https://record.example/", "https://record.example//"]) {
      expect(absoluteHref(site, "en", "/")).toBe("https://record.example");
      expect(absoluteHref(site, "bn", "/")).toBe("https://record.example/bn");
      expect(absoluteHref(site, "en", "/contact")).toBe("https://record.example/contact");
      expect(absoluteHref(site, "tr", "/contact")).toBe("https://record.example/tr/contact");
    }
  });
});
