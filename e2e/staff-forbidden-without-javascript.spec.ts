import { randomInt } from "node:crypto";

import type { Page } from "@playwright/test";

import { StaffBackOffice } from "./pages/staff-back-office";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";
import { seedStaffIntoE2eDatabase } from "./support/staff";

// Issue 16 point 7: a caseworker who opens an admin-only page by its address, or
// posts an admin form, in a browser without JavaScript sees the back office's own
// "You do not have permission to do this" page, inside the staff layout, with
// status 403; the attempt is audited and nothing changes.

test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  await seedStaffIntoE2eDatabase();
});

const ADMIN_ONLY_PAGES = ["/staff/api-clients", "/staff/staff-members", "/staff/organisations", "/staff/audit"] as const;

const refusals = (attempted: string) =>
  withE2eDatabase(async (db) => Number((await db.query("SELECT count(*) FROM audit_event WHERE action = 'access.forbidden' AND details->>'attempted' = $1", [attempted])).rows[0].count));

/** What a member of staff sees on the refusal: our page in the staff layout, not a blank document. */
async function expectWholeRefusalPage(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "You do not have permission to do this" })).toBeVisible();
  await expect(page.getByText("Nothing has been changed, and the attempt has been recorded.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the back office home page" })).toBeVisible();
  // The staff layout: who is signed in, and the back office's own navigation (a caseworker's, no admin pages).
  await expect(page.getByText(/Signed in as .+ \(Caseworker\)/)).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Back office" });
  await expect(nav.getByRole("link", { name: "Find a person" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "API clients" })).toHaveCount(0);
  // The NHS.UK header and footer of the site's own layout, with its stylesheet.
  await expect(page.locator("header.nhsuk-header")).toBeVisible();
  await expect(page.locator("footer")).toBeVisible();
  expect(await page.locator('link[rel="stylesheet"]').count()).toBeGreaterThan(0);
  await expect(page).toHaveTitle(/You do not have permission to do this/);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a caseworker who opens admin-only pages by their address sees the whole 403 page, audited", async ({ page, expectAccessible }) => {
    await new StaffBackOffice(page).signIn("caseworker");
    for (const path of ADMIN_ONLY_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), `${path} answers 403`).toBe(403);
      expect(new URL(page.url()).pathname).toBe("/staff/permission-refused");
      await expectWholeRefusalPage(page);
      await expectAccessible();
    }
    // Each opening is audited once (the whole page it is sent to is not a second refusal).
    const before = await refusals("API clients");
    await page.goto("/staff/api-clients");
    expect(await refusals("API clients")).toBe(before + 1);
    // Reloading the page a refused action sent the browser to: the whole page too, not a blank one.
    const reloaded = await page.goto("/staff/not-allowed");
    expect(reloaded?.status()).toBe(403);
    await expectWholeRefusalPage(page);
  });

  test("a caseworker who posts an admin form sees the whole 403 page; nothing changes and the attempt is audited", async ({ page, browser, expectAccessible }) => {
    // The admin's own form, with its server action's id, as a browser without JavaScript posts it.
    const adminContext = await browser.newContext({ javaScriptEnabled: false });
    const name = `Refused client ${randomInt(1e9)}`;
    let form: { action: string; fields: [string, string][] };
    try {
      const adminPage = await adminContext.newPage();
      await new StaffBackOffice(adminPage).signIn("admin");
      await adminPage.goto("/staff/api-clients");
      await adminPage.getByLabel("Record service name").fill(name);
      form = await adminPage.locator('form:has(button:text("Create client and show key"))').evaluate((f: HTMLFormElement) => ({
        action: f.action,
        fields: [...new FormData(f)].map(([key, value]) => [key, String(value)] as [string, string]),
      }));
    } finally {
      await adminContext.close();
    }
    expect(form.fields.some(([key]) => key.startsWith("$ACTION_")), "a real server action form").toBe(true);

    await new StaffBackOffice(page).signIn("caseworker");
    const before = await refusals("create an API client");
    await page.goto("/staff/people");
    const statuses: number[] = [];
    page.on("response", (r) => { if (r.request().isNavigationRequest()) statuses.push(r.status()); });
    // The caseworker's browser submits the same form, as the browser itself does without scripts.
    const navigation = page.waitForEvent("framenavigated");
    await page.evaluate(({ action, fields }) => {
      const f = document.createElement("form");
      f.method = "post";
      f.action = action;
      f.enctype = "multipart/form-data";
      for (const [key, value] of fields) {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = key;
        input.value = value;
        f.append(input);
      }
      document.body.append(f);
      f.submit();
    }, form);
    await navigation;
    await page.waitForLoadState("load");
    expect(statuses.at(-1), `statuses of the navigation: ${statuses.join(", ")}`).toBe(403);
    await expectWholeRefusalPage(page);
    await expectAccessible();

    expect(await refusals("create an API client")).toBe(before + 1);
    expect(await withE2eDatabase(async (db) => Number((await db.query("SELECT count(*) FROM api_client WHERE name = $1", [name])).rows[0].count))).toBe(0);
  });
});

const UNKNOWN = "00000000-0000-4000-8000-000000000000";
const ADDRESSES_OF_NOTHING = [`/staff/decisions/${UNKNOWN}`, `/staff/review/${UNKNOWN}`, `/staff/tracing/${UNKNOWN}`, "/staff/people/9999999990"] as const;

for (const javaScriptEnabled of [false, true]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("an address for a decision or person that does not exist shows the whole staff not-found page, with status 404", async ({ page, expectAccessible }) => {
      await new StaffBackOffice(page).signIn("supervisor");
      for (const path of ADDRESSES_OF_NOTHING) {
        const response = await page.goto(path);
        expect(response?.status(), `${path} answers 404`).toBe(404);
        await expect(page.getByRole("heading", { level: 1, name: "Page not found" }), path).toBeVisible();
        await expect(page.getByRole("link", { name: "Go to the back office home page" })).toBeVisible();
        await expect(page.getByText(/Signed in as .+ \(Supervisor\)/)).toBeVisible();
        await expect(page).toHaveTitle(/Page not found/);
        await expectAccessible();
      }
      await page.getByRole("link", { name: "Go to the back office home page" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Back office" })).toBeVisible();
    });
  });
}

test.describe("with JavaScript", () => {
  test("a caseworker who opens an admin-only page by its address sees the same 403 page in the staff layout, and can go on", async ({ page, expectAccessible }) => {
    await new StaffBackOffice(page).signIn("caseworker");
    const response = await page.goto("/staff/staff-members");
    expect(response?.status()).toBe(403);
    await expectWholeRefusalPage(page);
    await expectAccessible();
    // The page works as any other once its scripts run: the back office's links lead on.
    await page.getByRole("navigation", { name: "Back office" }).getByRole("link", { name: "Find a person" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Find a person" })).toBeVisible();
    await expectAccessible();
  });

  test("a file a caseworker may not have, fetched by a script, is still a plain 403 with nothing in it", async ({ page }) => {
    await new StaffBackOffice(page).signIn("caseworker");
    const response = await page.request.get("/staff/audit/audit-log.csv", { maxRedirects: 0 });
    expect(response.status()).toBe(403);
    expect(await response.text()).not.toContain("at_utc");
  });
});
