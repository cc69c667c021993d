import { test as base, expect } from "@playwright/test";

import { expectNoAccessibilityViolations, expectNoAccessibilityViolationsWithoutJavaScript } from "./axe";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

type Fixtures = {
  /**
   * Runs the shared axe check (WCAG 2.2 AA) on the current page, also when the
   * test has JavaScript disabled.
   */
  expectAccessible: () => Promise<void>;
  /**
   * Every request to another origin, recorded for every test automatically.
   * Such requests are blocked, and a test that made any fails.
   */
  externalRequests: string[];
};

export const test = base.extend<Fixtures>({
  expectAccessible: async ({ page, browser, javaScriptEnabled }, use) => {
    await use(() =>
      javaScriptEnabled === false
        ? expectNoAccessibilityViolationsWithoutJavaScript(page, browser)
        : expectNoAccessibilityViolations(page),
    );
  },

  externalRequests: [
    async ({ context }, use) => {
      const requests: string[] = [];
      await context.route(
        (url) => (url.protocol === "http:" || url.protocol === "https:") && !LOCAL_HOSTS.has(url.hostname),
        async (route) => {
          requests.push(route.request().url());
          await route.abort("blockedbyclient");
        },
      );
      await use(requests);
      expect(requests, "requests to origins other than this site").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
