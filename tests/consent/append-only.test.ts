import { describe, expect, it } from "vitest";
import { recordDecision } from "@/tests/support/record-test-decision";
import { getDb } from "@/lib/db";
import { decisionDetails, RESIDENT } from "../support/factories";

// The database itself refuses to change or remove history, whoever asks.
describe("append-only history", () => {
  it("refuses UPDATE, DELETE and TRUNCATE on decisions and leaves the row as it was", async () => {
    const db = getDb();
    const { id } = await recordDecision({ details: decisionDetails(), recordedBy: RESIDENT });
    const before = await db.decision.findUniqueOrThrow({ where: { id } });

    await expect(db.decision.update({ where: { id }, data: { choice: "OPT_IN" } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`UPDATE decision SET choice = 'OPT_IN' WHERE id = ${id}::uuid`).rejects.toThrow(/append-only/);
    // The row trigger fires before any foreign-key check could refuse instead.
    await expect(db.decision.delete({ where: { id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM decision WHERE id = ${id}::uuid`).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe("TRUNCATE decision CASCADE")).rejects.toThrow(/append-only/);

    expect(await db.decision.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  it.each([
    ["decision_status_event", "UPDATE decision_status_event SET status = 'WITHDRAWN', reason = 'x'"],
    ["decision_status_event", "DELETE FROM decision_status_event"],
    ["audit_event", "UPDATE audit_event SET action = 'tampered'"],
    ["audit_event", "DELETE FROM audit_event"],
    ["consent_change", "UPDATE consent_change SET status = 'PARTICIPATING'"],
    ["consent_change", "DELETE FROM consent_change"],
    ["audit_event", "TRUNCATE audit_event"],
    ["decision_status_event", "TRUNCATE decision_status_event CASCADE"],
    ["consent_change", "TRUNCATE consent_change"],
  ])("refuses to rewrite %s: %s", async (table, sql) => {
    await recordDecision({ details: decisionDetails(), recordedBy: RESIDENT });
    const db = getDb();
    const count = async () => Number((await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
    const before = await count();
    await expect(db.$executeRawUnsafe(sql)).rejects.toThrow(/append-only/);
    expect(await count()).toBe(before);
  });

  it("offers no function in the register to edit or delete a decision", async () => {
    const exported = [
      ...Object.keys(await import("@/lib/consent/record-decision")),
      ...Object.keys(await import("@/lib/consent/change-decision-status")),
      ...Object.keys(await import("@/lib/consent/get-consent-status")),
      ...Object.keys(await import("@/lib/consent/list-consent-changes")),
    ];
    expect(exported.filter((name) => /update|delete|remove|edit/i.test(name))).toEqual([]);
  });
});
