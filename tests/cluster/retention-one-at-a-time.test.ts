import pg from "pg";
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { applyRetention } from "@/lib/retention/apply-retention";
import { privateDatabaseFor } from "../fuzz/support";

// Every instance runs the retention timer (docs/decisions/029). One pass at a
// time: while one instance is applying retention, another's pass does
// nothing, and each deletion is counted and audited once.

const database = privateDatabaseFor("retention_cluster");
const NOW = new Date("2026-11-26T12:00:00Z");
const LONG_AGO = new Date("2025-10-01T12:00:00Z");

async function oldCallbackRequests(count: number): Promise<void> {
  await getDb().callbackRequest.createMany({
    data: Array.from({ length: count }, (_, i) => ({ name: `Old Request ${i}`, phone: "020 7946 0000", createdAt: LONG_AGO })),
  });
}

describe("retention with several instances", () => {
  it("skips the pass while another instance is applying retention, then runs once it has finished", async () => {
    await oldCallbackRequests(3);
    // Another instance, mid-pass: it holds the retention lock in its open transaction.
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    try {
      await other.query("BEGIN");
      const { rows } = await other.query("SELECT pg_try_advisory_xact_lock(hashtextextended('consent-register:retention', 0)) AS locked");
      expect(rows[0].locked).toBe(true);

      expect(await applyRetention({ now: NOW })).toBeNull();
      expect(await getDb().callbackRequest.count()).toBe(3);
      expect(await getDb().auditEvent.count({ where: { action: "retention.apply" } })).toBe(0);

      await other.query("COMMIT");
    } finally {
      await other.end();
    }
    expect(await applyRetention({ now: NOW })).toMatchObject({ callbackRequests: 3 });
    expect(await getDb().callbackRequest.count()).toBe(0);
  });

  it("deletes and audits each record once when two instances' passes start together", async () => {
    const before = await getDb().auditEvent.count({ where: { action: "retention.apply" } });
    await oldCallbackRequests(40);
    const reports = await Promise.all([applyRetention({ now: NOW }), applyRetention({ now: NOW })]);
    const deleted = reports.reduce((sum, report) => sum + (report?.callbackRequests ?? 0), 0);
    expect(deleted).toBe(40);
    expect(await getDb().callbackRequest.count()).toBe(0);
    // One audited pass for these forty, not two partial ones.
    expect(await getDb().auditEvent.count({ where: { action: "retention.apply" } })).toBe(before + 1);
    const latest = await getDb().auditEvent.findFirstOrThrow({ where: { action: "retention.apply" }, orderBy: { id: "desc" }, select: { details: true } });
    expect(latest.details).toMatchObject({ callbackRequests: 40 });
  });
});
