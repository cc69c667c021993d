import { expect, test } from "@playwright/test";

test("GET /api/health reports the site and its database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: { status: "up" } });
  expect(body.database.migrationsApplied).toBeGreaterThan(0);
});
