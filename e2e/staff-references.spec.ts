import { randomInt } from "node:crypto";

import { formatReferenceNumber } from "../lib/consent/reference-number";
import { formatNhsNumber, generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { StaffBackOffice } from "./pages/staff-back-office";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";
import { seedStaffIntoE2eDatabase } from "./support/staff";

// Issue 16 point 5 (references after tracing, finding a decision by its
// reference, a paper decision's date only) and point 7 (a caseworker's
// no-JavaScript post of an admin action gets a whole 403 page), as staff meet them.

const randomNhsNumber = () => generateTestNhsNumber(() => randomInt(2 ** 32) / 2 ** 32);
const uniqueFamilyName = () => `Reftest${randomInt(1_000_000, 9_999_999)}`;

test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  await seedStaffIntoE2eDatabase();
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(`${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("a traced decision keeps the reference the caseworker clicked, and only one decision is in effect", async ({ page, expectAccessible }) => {
      const office = new StaffBackOffice(page);
      await office.signIn("caseworker");
      const nhsNumber = randomNhsNumber();
      const familyName = uniqueFamilyName();
      // An earlier paper opt-in for the person, with their NHS number: in effect until the traced opt-out.
      const earlier = await office.keyPaperDecision({
        choice: "Opt-in", givenName: "Tess", familyName, dateOfBirth: "12/12/1952", decidedOn: "01/05/2026", receivedOn: "03/05/2026", formReference: `PF-${randomInt(1e6)}`, nhsNumber,
      });
      // The later opt-out arrives without the NHS number.
      const reference = await office.keyPaperDecision({
        choice: "Opt-out", givenName: "Tess", familyName, dateOfBirth: "12/12/1952", decidedOn: "01/06/2026", receivedOn: "05/06/2026", formReference: `PF-${randomInt(1e6)}`,
      });

      await page.goto("/staff/tracing");
      await page.getByRole("link", { name: new RegExp(reference) }).click();
      await expect(page.getByRole("heading", { level: 1, name: `Trace decision ${reference}` })).toBeVisible();
      const tracePage = page.url();
      await page.getByLabel("NHS number").fill(nhsNumber);
      await page.getByRole("button", { name: "Record NHS number" }).click();

      // The confirmation names the decision clicked, not the tracing entry.
      const status = page.getByRole("status");
      await expect(status).toContainText(`Decision ${reference} now belongs to NHS number ${formatNhsNumber(nhsNumber)}.`);
      await expect(status).toContainText("It now counts for that person from when it was made.");
      await expectAccessible();

      // Back on the decision clicked: traced, no "Not known", no form offered again.
      await page.goto(tracePage);
      await expect(page.getByRole("heading", { level: 1, name: `Decision ${reference}` })).toBeVisible();
      await expect(page.getByText(`This decision has been traced: it belongs to NHS number ${formatNhsNumber(nhsNumber)}.`)).toBeVisible();
      await expect(page.getByText(/Not known/)).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Record NHS number" })).toHaveCount(0);
      await expectAccessible();

      // The person: two decisions, the traced one under its own reference and in effect, the earlier one replaced.
      await page.getByRole("link", { name: "See this person's decisions" }).click();
      await expect(page.getByTestId("current-state")).toContainText("Current state: opted out");
      const cards = page.getByTestId("decision-card");
      await expect(cards).toHaveCount(2);
      // A paper decision shows its date only.
      await expect(cards.nth(0).getByRole("heading", { level: 3 })).toHaveText("Opt-out on 1 June 2026 – In effect");
      await expect(cards.nth(1).getByRole("heading", { level: 3 })).toHaveText("Opt-in on 1 May 2026 – Replaced by a later decision");
      await expect(page.getByRole("heading", { name: /– In effect$/ })).toHaveCount(1);
      await expect(cards.nth(0)).toContainText(`${reference}, also written ${formatReferenceNumber(reference)}`);
      await expect(cards.nth(0)).toContainText(`${formatNhsNumber(nhsNumber)} (traced: not given on the form)`);
      // Both entries stay on record: the decision as received, and the tracing.
      await expect(cards.nth(0)).toContainText("Received without an NHS number on");
      await expect(cards.nth(0)).toContainText(new RegExp(`NHS number ${formatNhsNumber(nhsNumber)} traced on .* \\(kept as tracing entry [A-Z0-9]{9}\\)`));
      await expect(cards.nth(1)).toContainText(earlier);
      await expectAccessible();

      const stored = await withE2eDatabase(async (db) => (await db.query(
        "SELECT d.reference, c.reference AS tracing FROM decision d JOIN decision c ON c.corrects_id = d.id WHERE d.reference = $1", [reference],
      )).rows);
      expect(stored).toHaveLength(1);
    });

    test("staff find a decision by its reference in either format; a mistyped or unknown one says why", async ({ page, expectAccessible }) => {
      const office = new StaffBackOffice(page);
      await office.signIn("caseworker");
      const reference = await office.keyPaperDecision({
        choice: "Opt-out", givenName: "Rafe", familyName: uniqueFamilyName(), dateOfBirth: "02/02/1942", decidedOn: "02/06/2026", receivedOn: "04/06/2026", formReference: `PF-${randomInt(1e6)}`,
      });
      const lookups = () => withE2eDatabase(async (db) => Number((await db.query("SELECT count(*) FROM audit_event WHERE action = 'decision.find' AND entity_id = $1", [reference])).rows[0].count));
      const before = await lookups();

      await page.goto("/staff/people");
      await expectAccessible();
      // As the resident reads it out from an email: lower case, dashes, a space.
      await page.getByLabel("Reference").fill(` ${formatReferenceNumber(reference).toLowerCase()} `);
      await page.getByRole("button", { name: "Find by reference" }).click();
      await expect(page.getByRole("heading", { level: 1, name: `Decision ${reference}` })).toBeVisible();
      await expect(page.getByTestId("decision-card").getByRole("heading", { level: 2 })).toHaveText(/^Opt-out on 2 June 2026 – Waiting for tracing/);
      await expect(page.getByRole("link", { name: "Trace this decision (record the NHS number)" })).toBeVisible();
      await expectAccessible();
      expect(await lookups()).toBe(before + 1);

      // The staff format, straight.
      await page.goto("/staff/people");
      await page.getByLabel("Reference").fill(reference);
      await page.getByRole("button", { name: "Find by reference" }).click();
      await expect(page.getByRole("heading", { level: 1, name: `Decision ${reference}` })).toBeVisible();

      for (const [typed, message] of [
        ["GSF5CNE5", "A reference has 9 letters and numbers (like 2V8-8F7-FB5): this has 8"],
        ["GSF-5CN-E5O", "A reference never contains O"],
        ["222-222-232", "This is not a reference the register gives"],
        ["222-222-222", "No decision has this reference (222222222)"],
      ] as const) {
        await page.goto("/staff/people");
        await page.getByLabel("Reference").fill(typed);
        await page.getByRole("button", { name: "Find by reference" }).click();
        await expect(page.getByRole("heading", { level: 1, name: "Find a person" })).toBeVisible();
        await expect(page.locator(".nhsuk-error-summary")).toContainText(message);
        await expect(page.locator("#find-reference")).toHaveValue(typed);
        await expectAccessible();
      }
    });
  });
}

test.describe("a refused admin action, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a caseworker who posts an admin form sees the whole 403 page; nothing changes and the attempt is audited", async ({ page, browser, expectAccessible }) => {
    // The admin's own form, with its server action's id, as a browser without JavaScript would post it.
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

    await new StaffBackOffice(page).signIn("caseworker");
    const refusals = () => withE2eDatabase(async (db) => Number((await db.query("SELECT count(*) FROM audit_event WHERE action = 'access.forbidden' AND details->>'attempted' = 'create an API client'")).rows[0].count));
    const before = await refusals();
    // The caseworker's browser submits the same form (a page's own scripts are off; this drives the browser, as a user would).
    await page.goto("/staff/people");
    const navigation = page.waitForEvent("framenavigated");
    const responses: number[] = [];
    page.on("response", (r) => { if (r.request().isNavigationRequest()) responses.push(r.status()); });
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

    await expect(page.getByRole("heading", { level: 1, name: "You do not have permission to do this" })).toBeVisible();
    await expect(page.getByText("Nothing has been changed, and the attempt has been recorded.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to the back office home page" })).toBeVisible();
    expect(responses.at(-1), `statuses of the navigation: ${responses.join(", ")}`).toBe(403);
    await expectAccessible();

    // The page's words come from this server itself, whatever Host the request names
    // (a forged Host must not make the server fetch from another address).
    const forged = await page.request.get("/staff/permission-refused", { headers: { host: "evil.example" }, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    expect(await forged.text()).toContain("You do not have permission to do this");

    expect(await refusals()).toBe(before + 1);
    expect(await withE2eDatabase(async (db) => Number((await db.query("SELECT count(*) FROM api_client WHERE name = $1", [name])).rows[0].count))).toBe(0);
  });
});
