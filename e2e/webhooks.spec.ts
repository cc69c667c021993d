import { randomInt } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";

import { openDatabase } from "../lib/database/open-database";
import { setEnvVariable } from "../lib/env";
import { generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { StaffBackOffice } from "./pages/staff-back-office";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";
import { seedStaffIntoE2eDatabase } from "./support/staff";

// Webhooks in the back office (docs/decisions/026): an admin adds an endpoint on the API
// clients page and is shown its secret once, sees a failing delivery with its error and next
// attempt, retries given-up ones; a caseworker cannot reach any of it. The site under test
// runs with WEBHOOK_ALLOW_PRIVATE_ADDRESSES=on so a 127.0.0.1 address can be registered.

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");

/** A 127.0.0.1 port with nothing listening: every delivery to it fails with "connection refused". */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Records an opt-out in the site's database, as the register's own code does. */
async function recordOptOut(nhsNumber: string): Promise<void> {
  const database = await openDatabase({ projectRoot: PROJECT_ROOT, database: "consent_register_e2e" });
  try {
    setEnvVariable("DATABASE_URL", database.url);
    const { recordDecision } = await import("../lib/consent/record-decision");
    await recordDecision({
      details: {
        nhsNumber, givenName: "Ada", familyName: `Webhook${randomInt(1e6)}`, dateOfBirth: "1970-05-17", postcode: "N1 1AA",
        choice: "OPT_OUT", madeBy: "SELF", channel: "ONLINE", contactEmail: "ada@example.org", decidedAt: new Date("2026-06-01T09:00:00Z"),
      },
      recordedBy: { kind: "RESIDENT" },
      assurance: { level: "PROVED_EMAIL" },
    });
    const { disconnectDb } = await import("../lib/db");
    await disconnectDb();
  } finally {
    await database.close();
  }
}

test.beforeAll(async () => {
  await seedStaffIntoE2eDatabase();
});

test("an admin adds a webhook endpoint, sees its secret once, its failing deliveries, retries them, and removes it", async ({ page, expectAccessible }) => {
  test.setTimeout(180_000);
  const office = new StaffBackOffice(page);
  await office.signIn("admin");
  await page.goto("/staff/api-clients");
  const clientName = `Webhook client ${randomInt(1e6)}`;
  await page.getByLabel("Record service name").fill(clientName);
  await page.getByRole("button", { name: "Create client and show key" }).click();
  await expect(page.getByRole("status")).toContainText(/nlr_/);
  await page.reload();

  // Refused: plain http, with the reason on the field.
  await page.getByRole("radio", { name: clientName }).check();
  await page.getByLabel("Address (HTTPS)").fill("http://records.example.org/hook");
  await page.getByRole("button", { name: "Add endpoint and show secret" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("The address must start https://");
  await expectAccessible();

  const url = `https://127.0.0.1:${await closedPort()}/webhooks/consent`;
  await page.getByRole("radio", { name: clientName }).check();
  await page.getByLabel("Address (HTTPS)").fill(url);
  await page.getByRole("button", { name: "Add endpoint and show secret" }).click();
  await expect(page.getByRole("status")).toContainText(/whsec_[A-Za-z0-9+/]{43}=/);
  await expectAccessible();
  await page.reload();
  const row = page.getByRole("row").filter({ hasText: url });
  await expect(row).toContainText(clientName);
  await expect(row).toContainText("Active");
  // The secret is not shown again: only its first characters.
  await expect(page.getByText(/whsec_[A-Za-z0-9+/]{43}=/)).toHaveCount(0);

  // A change is queued for it and tried by the site's worker; nothing listens, so it fails and waits.
  await recordOptOut(generateTestNhsNumber(() => randomInt(2 ** 32) / 2 ** 32));
  await row.getByRole("link", { name: /Deliveries/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Webhook deliveries" })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("table", { name: "Waiting and failed" })).toContainText(/ECONNREFUSED|connect/i);
  }).toPass({ timeout: 30_000 });
  await expectAccessible();

  // Given up (as after twelve attempts), then retried by the admin.
  const endpointId = page.url().split("/").at(-1)!;
  await withE2eDatabase((db) => db.query("UPDATE webhook_delivery SET status = 'FAILED', finished_at = now() WHERE endpoint_id = $1", [endpointId]));
  await page.reload();
  await expect(page.getByRole("table", { name: "Waiting and failed" })).toContainText("Failed (given up)");
  await page.getByRole("button", { name: "Retry failed deliveries" }).click();
  await expect(page.getByRole("status")).toContainText(/[1-9]\d* failed deliveries queued again/);
  await expectAccessible();

  // Disable asks first, then the endpoint is removed.
  await page.goto("/staff/api-clients");
  await row.locator("summary", { hasText: "Disable" }).click();
  await row.getByRole("button", { name: /Yes, disable/ }).click();
  await expect(page.getByText("Endpoint disabled.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: url })).toContainText("Disabled");
  await expectAccessible();
  await page.getByRole("row").filter({ hasText: url }).locator("summary", { hasText: "Delete" }).click();
  await page.getByRole("row").filter({ hasText: url }).getByRole("button", { name: /Yes, delete/ }).click();
  await expect(page.getByText("Endpoint deleted")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: url })).toHaveCount(0);
  const audited = await withE2eDatabase(async (db) => (await db.query("SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id", [endpointId])).rows.map((r) => r.action));
  expect(audited).toEqual(["webhook-endpoint.create", "webhook-endpoint.retry-failed", "webhook-endpoint.disable", "webhook-endpoint.delete"]);
});

test("a caseworker cannot reach webhooks or their deliveries", async ({ page, expectAccessible }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("caseworker");
  for (const path of ["/staff/api-clients", `/staff/api-clients/webhooks/${crypto.randomUUID()}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "You do not have permission to do this" })).toBeVisible();
    await expectAccessible();
  }
});
