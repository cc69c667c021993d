import { describe, expect, it } from "vitest";
import { recordAuditEvents } from "@/lib/audit/record-audit-events";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { scratchDatabase } from "./support";

// The bulk audit writer (the legacy importer's import.commit goes through it):
// its events land in order, with every column, and the hash chain the
// database keeps at commit (ADR 013) stays intact; a rollback leaves nothing.

describe("recordAuditEvents", () => {
  it("appends the events in order inside the caller's transaction, chained like any other", async () => {
    const database = await scratchDatabase("bulk_audit");
    const client = await database.connect();
    // Migrations may add events of their own (the canary people): only ours are compared.
    const before = (await client.query<{ id: string }>("SELECT coalesce(max(id), 0)::text AS id FROM audit_event")).rows[0]!.id;
    await client.query("BEGIN");
    await recordAuditEvents(client, [
      { actor: { kind: "STAFF", id: "supervisor-1" }, action: "import.commit", entityType: "import_run", entityId: "run-1", details: { counts: { accepted: 3 }, note: "Zoë" }, requestId: "req-1" },
      { actor: { kind: "SYSTEM" }, action: "import.other", entityType: "import_run", entityId: "run-2", nhsNumber: "9990000018" },
    ]);
    await client.query("COMMIT");
    await client.query("BEGIN");
    await recordAuditEvents(client, [{ actor: { kind: "SYSTEM" }, action: "rolled.back", entityType: "x", entityId: "y" }]);
    await client.query("ROLLBACK");

    const { rows } = await client.query("SELECT actor_kind, actor_id, action, entity_type, entity_id, nhs_number, details, request_id FROM audit_event WHERE id > $1 ORDER BY id", [before]);
    expect(rows).toEqual([
      { actor_kind: "STAFF", actor_id: "supervisor-1", action: "import.commit", entity_type: "import_run", entity_id: "run-1", nhs_number: null, details: { counts: { accepted: 3 }, note: "Zoë" }, request_id: "req-1" },
      { actor_kind: "SYSTEM", actor_id: null, action: "import.other", entity_type: "import_run", entity_id: "run-2", nhs_number: "9990000018", details: null, request_id: null },
    ]);
    const report = await verifyAuditChain(client);
    expect(report.broken).toBeNull();
    expect(report.eventsChecked).toBe(report.eventsTotal);
  });
});
