import { expect, test } from "./support/fixtures";

test("the developers' page documents the API and links to its OpenAPI document", async ({ page, request, expectAccessible }) => {
  await page.goto("/developers");
  await expect(page).toHaveTitle(/Consent-check API for record services/);
  await expect(page.getByRole("heading", { level: 1, name: "Consent-check API for record services" })).toBeVisible();
  for (const heading of ["One person", "Up to 10,000 people", "Following every change", "FHIR", "Errors and failing closed"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText("curl -H").first()).toBeVisible();
  const openApiLink = page.getByRole("link", { name: "/api/v1/openapi.json" });
  const document = await request.get((await openApiLink.getAttribute("href"))!);
  expect((await document.json()).openapi).toBe("3.1.0");
  await expectAccessible();
});
