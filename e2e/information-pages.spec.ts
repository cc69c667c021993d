import type { APIRequestContext, APIResponse } from "@playwright/test";

import { parseContentSecurityPolicy } from "../lib/security/csp";
import { SECURITY_HEADERS } from "../lib/security/headers";
import { INFORMATION_PAGES } from "../lib/security/information-pages";
import { expect, test } from "./support/fixtures";
import { watchViolations } from "./support/csp-violations";

// Information pages answered from memory by the site's server (ADR 028,
// lib/security/page-cache.ts): the same security headers and nonce policy as
// a page rendered per request, a fresh nonce on each response, every script on
// the page allowed by it (a real Chromium reports no CSP violation, and
// NHS.UK frontend's and Next.js's scripts run), and every page still works
// without JavaScript.

const PATHS = INFORMATION_PAGES.map((page) => page.path);

test.describe.configure({ timeout: 180_000 });

/** The first request for a page starts its rendering in the background: ask a few times so the next answers come from memory. */
async function warm(request: APIRequestContext): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (const path of PATHS) expect((await request.get(path)).status(), path).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function scriptNonce(response: APIResponse, path: string): string {
  const header = response.headers()["content-security-policy"];
  expect(header, `CSP on ${path}`).toBeDefined();
  const scriptSrc = parseContentSecurityPolicy(header!).get("script-src")!;
  const nonce = scriptSrc.find((source) => source.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
  expect(nonce, `a script nonce on ${path}`).toBeDefined();
  expect(scriptSrc, path).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
  expect(header, path).not.toMatch(/unsafe-inline|unsafe-eval|https?:\/\//);
  return nonce!;
}

test("every information page: the security headers, a strict policy with a fresh nonce on every script of each response, the same page each time", async ({ request }) => {
  await warm(request);
  for (const path of PATHS) {
    const first = await request.get(path);
    const second = await request.get(path);
    const pages: string[] = [];
    const nonces: string[] = [];
    for (const response of [first, second]) {
      expect(response.status(), path).toBe(200);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers()[name.toLowerCase()], `${name} on ${path}`).toBe(value);
      expect(response.headers()["x-powered-by"], path).toBeUndefined();
      const nonce = scriptNonce(response, path);
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, `scripts on ${path}`).toBeGreaterThan(0);
      // Every inline and external script carries this response's nonce (the rest load through them: 'strict-dynamic').
      for (const tag of scripts) expect(tag, `a script on ${path}`).toContain(`nonce="${nonce}"`);
      expect(html, `the example contact details notice on ${path}`).toContain("Example contact details");
      nonces.push(nonce);
      pages.push(html.replaceAll(nonce, "NONCE"));
    }
    expect(nonces[0], `a new nonce for each response of ${path}`).not.toBe(nonces[1]);
    expect(pages[0], `the same page for everybody at ${path}`).toBe(pages[1]);
  }
});

test("no information page breaks its own policy in the browser: NHS.UK frontend's and Next.js's scripts run, no violation", async ({ page, request, expectAccessible }) => {
  await warm(request);
  const violations = await watchViolations(page);
  for (const path of PATHS) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // The nonce'd inline support check and NHS.UK frontend's module ran.
    await expect(page.locator("body"), path).toHaveClass(/js-enabled/);
    await expect(page.locator("body"), path).toHaveClass(/nhsuk-frontend-supported/);
    // Next.js's own runtime (its chunks, loaded under 'strict-dynamic') started.
    await expect.poll(() => page.evaluate(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version)), path).toBe(true);
    await expectAccessible();
  }
  expect(violations).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every information page is whole and readable", async ({ page, request, expectAccessible }) => {
    await warm(request);
    for (const path of PATHS) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
      await expect(page.locator("footer"), path).toBeVisible();
    }
    await page.goto(PATHS.find((path) => path === "/contact")!);
    await expect(page.getByRole("button", { name: "Ask for a call back" })).toBeVisible();
    await expectAccessible();
  });
});
