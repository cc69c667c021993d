import { randomInt } from "node:crypto";
import { readFile } from "node:fs/promises";

import { StaffBackOffice } from "./pages/staff-back-office";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";
import { seedStaffIntoE2eDatabase } from "./support/staff";

// The admin's audit viewer (issue 16 point 6): filters by London day, who and
// action in a GET form (the address can be shared), errors with no rows, and a
// formula-safe CSV of the filtered rows whose download is itself audited.

// Sign-in with a single-use code and axe on every page: slow on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  await seedStaffIntoE2eDatabase();
});

/**
 * Events this test alone has (a unique action), at known instants, so the
 * date filter has something either side of its edges. The service's own
 * events (an organisation) are shown to an admin in full; the entity id
 * starts with "=", as a hostile value might, to check the CSV neutralises it.
 */
async function seedEvents() {
  const action = `e2e.audit-viewer-${randomInt(1e9)}.check`;
  const caseworker = StaffBackOffice.account("caseworker").email;
  await withE2eDatabase(async (db) => {
    const { id } = (await db.query("SELECT id FROM staff_user WHERE email = $1", [caseworker])).rows[0] as { id: string };
    const insert = "INSERT INTO audit_event (at, actor_kind, actor_id, action, entity_type, entity_id) VALUES ($1, $2, $3, $4, 'organisation', $5)";
    await db.query(insert, ["2026-03-26T23:59:00Z", "STAFF", id, action, "before the range"]);
    await db.query(insert, ["2026-03-27T10:15:00Z", "STAFF", id, action, "=HYPERLINK(\"http://evil.example\",\"x\")"]);
    await db.query(insert, ["2026-03-27T11:00:00Z", "SYSTEM", "system", action, "by the system"]);
    await db.query(insert, ["2026-03-28T00:00:00Z", "STAFF", id, action, "after the range"]);
  });
  return { action, caseworker };
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`audit viewer ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled, acceptDownloads: true });

    test("filters by date, who and action in the address, shows errors with no rows, and downloads the rows as a safe CSV", async ({ page, expectAccessible }) => {
      const { action, caseworker } = await seedEvents();
      await new StaffBackOffice(page).signIn("admin");
      await page.goto("/staff/audit");
      await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
      await expectAccessible();

      // Filter: one London day, one member of staff, one action.
      await page.getByLabel("Date from").fill("27/03/2026");
      await page.getByLabel("Date to").fill("27/03/2026");
      await page.getByLabel("Who").selectOption(caseworker);
      await page.getByLabel("Action", { exact: true }).selectOption(action);
      await page.getByRole("button", { name: "Filter" }).click();
      await expect(page).toHaveURL(/[?&]from=27%2F03%2F2026/);
      const address = new URL(page.url());
      expect(Object.fromEntries(address.searchParams)).toMatchObject({ from: "27/03/2026", to: "27/03/2026", actor: caseworker, action });
      const rows = page.locator("table tbody tr");
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText("=HYPERLINK");
      await expect(rows.first()).toContainText(caseworker);
      await expect(page.getByLabel("Who")).toHaveValue(caseworker);
      await expectAccessible();

      // The same address, shared, gives the same rows; the system's event shows when "who" is the system.
      await page.goto(`/staff/audit?from=27%2F03%2F2026&to=27%2F03%2F2026&actor=system&action=${encodeURIComponent(action)}`);
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText("by the system");

      // Back to the caseworker's filtered view, and its CSV.
      await page.goto(address.href);
      const link = page.getByRole("link", { name: "Download these rows as CSV" });
      expect(new URL((await link.getAttribute("href"))!, address).searchParams.get("action")).toBe(action);
      const exportsBefore = await countExports(action);
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
      const lines = csv.trimEnd().split("\r\n");
      expect(lines[0]).toBe("id,at_utc,at_london,actor_kind,actor,action,entity_type,entity_id,nhs_number,details");
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(`,2026-03-27T10:15:00.000Z,27/03/2026 10:15:00,STAFF,${caseworker},${action},organisation,`);
      // Neutralised: the cell starts with an apostrophe, so a spreadsheet shows it as text and runs nothing.
      expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
      expect(lines[1]).not.toMatch(/,"?=HYPERLINK/);
      await expect.poll(() => countExports(action)).toBe(exportsBefore + 1);

      // An invalid filter: an error summary, a message on each field, and no rows.
      await page.goto("/staff/audit");
      await page.getByLabel("Date from").fill("31/02/2026");
      await page.getByLabel("Date to").fill("27/03/2026");
      await page.getByRole("button", { name: "Filter" }).click();
      const summary = page.locator(".nhsuk-error-summary");
      await expect(summary).toContainText("Date from must be a real date, like 27/03/2026");
      await expect(page.locator("#audit-from-error")).toContainText("Date from must be a real date");
      await expect(page.locator("table")).toHaveCount(0);
      await expect(page.getByRole("link", { name: "Download these rows as CSV" })).toHaveCount(0);
      await expectAccessible();

      await page.goto(`/staff/audit?from=28%2F03%2F2026&to=27%2F03%2F2026&action=no.such.action`);
      await expect(summary).toContainText("Date to must be the same as or after date from");
      await expect(summary).toContainText("Choose an action from the list");
      await expect(page.locator("table")).toHaveCount(0);
      await expectAccessible();
      // Each error links to its field (nhsuk-frontend's script focuses it; without JavaScript the link jumps to it).
      await summary.getByRole("link", { name: "Choose an action from the list" }).click();
      if (javaScriptEnabled) await expect(page.locator("#audit-action")).toBeFocused();
      else await expect(page).toHaveURL(/#audit-action$/);

      // The CSV refuses the same invalid filters, and exports nothing.
      const refused = await page.request.get(`/staff/audit/audit-log.csv?action=no.such.action`);
      expect(refused.status()).toBe(400);
      expect(await refused.text()).toContain("Choose an action from the list");
    });
  });
}

async function countExports(action: string): Promise<number> {
  return withE2eDatabase(async (db) => Number((await db.query("SELECT count(*) FROM audit_event WHERE action = 'audit.export' AND details->'filter'->>'action' = $1", [action])).rows[0].count));
}
