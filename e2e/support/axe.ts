import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

/** WCAG 2.2 AA, the standard the resident pages must meet. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] as const;

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/**
 * Runs axe on the page as it is now and fails with a readable list of
 * violations. Call it on every page a browser test visits.
 */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  // After a form posts with JavaScript, Next.js streams the page's <title> in
  // after its body, so wait for it (axe still fails the page if it never comes).
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags([...WCAG_TAGS]).analyze();
  expect(
    results.violations.map((violation) => violation.id),
    describeViolations(results),
  ).toEqual([]);
}

/**
 * axe runs as JavaScript inside the page, which a page with JavaScript
 * disabled cannot do. So the page's current markup, without its scripts, is
 * served at the same address in a fresh context that allows JavaScript, and
 * checked there: what axe sees is exactly what a resident without JavaScript gets.
 */
export async function expectNoAccessibilityViolationsWithoutJavaScript(page: Page, browser: Browser): Promise<void> {
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const address = new URL(page.url());
  address.hash = "";

  // Explicit, because the test runner gives new contexts the test's options.
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route(address.href, (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }));
    await copy.goto(address.href);
    await expectNoAccessibilityViolations(copy);
  } finally {
    await context.close();
  }
}

function describeViolations(results: AxeResults): string {
  if (results.violations.length === 0) return "no accessibility violations";
  return [
    `${results.violations.length} accessibility violation(s) on ${results.url}:`,
    ...results.violations.map(
      (violation) =>
        `- ${violation.id} (${violation.impact ?? "unknown impact"}): ${violation.help}\n  ${violation.nodes
          .map((node) => node.target.join(" "))
          .join("\n  ")}`,
    ),
  ].join("\n");
}
