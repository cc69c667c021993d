import type { Page } from "@playwright/test";

/** Watches for CSP violations: the DOM event (added before any page script) and Chromium's console report. */
export async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|securitypolicyviolation/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}
