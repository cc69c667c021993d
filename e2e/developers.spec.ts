import { expect, test } from "./support/fixtures";

test("the developers' page documents the API and links to its OpenAPI document", async ({ page, request, expectAccessible }) => {
  await page.goto("/developers");
  await expect(page).toHaveTitle(/Consent-check API for record services/);
  await expect(page.getByRole("heading", { level: 1, name: "Consent-check API for record services" })).toBeVisible();
  for (const heading of ["One person", "Up to 10,000 people", "Following every change", "Starting from a snapshot", "FHIR", "Errors and failing closed"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText("curl -H").first()).toBeVisible();
  const openApiLink = page.getByRole("link", { name: "/api/v1/openapi.json" });
  const document = await request.get((await openApiLink.getAttribute("href"))!);
  expect((await document.json()).openapi).toBe("3.1.0");
  await expect(page.getByText(/An empty searchset \(total 0\) means the register holds no decision in force/).first()).toBeVisible();
  // The feed's cursors, polling and the 410 for a cursor from another epoch (ADR 020).
  await expect(page.getByText(/Start with since=0/)).toBeVisible();
  await expect(page.getByText(/The answer is 304 with no body while nothing is new/)).toBeVisible();
  await expect(page.getByText(/the feed answers 410 with the problem type feed-cursor-gone/)).toBeVisible();
  // The site answers a trailing slash and another method as the dedicated server does (tests/api/fhir.test.ts, issue #15 point 2).
  for (const [path, location] of [
    ["/api/v1/consent/9990000018/", "/api/v1/consent/9990000018"],
    ["/fhir/metadata/", "/fhir/metadata"],
  ] as const) {
    const redirected = await request.get(path, { maxRedirects: 0 });
    expect(redirected.status(), path).toBe(308);
    expect(new URL(redirected.headers().location!, "http://site.test").pathname).toBe(location);
  }
  const options = await request.fetch("/fhir/metadata", { method: "OPTIONS" });
  expect(options.status()).toBe(405);
  expect(options.headers().allow).toBe("GET, HEAD");
  await expectAccessible();
});
