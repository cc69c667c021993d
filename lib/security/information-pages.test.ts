import { describe, expect, it } from "vitest";

import { ROUTES } from "../content/routes";
import { PUBLISHED_LOCALES } from "../i18n/published";
import { informationPageAt, INFORMATION_PAGES } from "./information-pages";

describe("the information pages kept in memory", () => {
  it("are the same pages in every published language, on the same terms", () => {
    for (const page of INFORMATION_PAGES) {
      expect(informationPageAt(page.path)).toEqual(page);
      for (const locale of PUBLISHED_LOCALES.filter((candidate) => candidate !== "en")) {
        const prefix = locale === "en-easy" ? "/en-easy" : `/${locale}`;
        const path = page.path === "/" ? prefix : `${prefix}${page.path}`;
        expect(informationPageAt(path), path).toEqual({ ...page, path });
      }
    }
    expect(informationPageAt("/bn/when-it-starts")?.versionedBy).toBe("organisation-list");
  });

  it("never a journey, a staff page or a language not published", () => {
    for (const path of [ROUTES.optOut, "/bn/choice/opt-out", "/staff", "/bn/staff", "/en-xa/your-choice", "/en/your-choice"]) {
      expect(informationPageAt(path), path).toBeUndefined();
    }
  });
});
