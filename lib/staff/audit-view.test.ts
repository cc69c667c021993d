import { describe, expect, it } from "vitest";

import type { AuditRow } from "../audit/list-audit-events";
import { HIDDEN, viewAuditRow } from "./audit-view";

const row = (overrides: Partial<AuditRow>): AuditRow => ({
  id: 1n, at: new Date("2026-06-01T10:00:00Z"), actorKind: "STAFF", actorId: "staff-1", action: "decision.record",
  entityType: "decision", entityId: "0b6f6f0e-0000-4000-8000-000000000001", nhsNumber: "9990000018",
  details: { choice: "OPT_OUT", status: "EFFECTIVE", reference: "NLR-ABC" }, ...overrides,
});

describe("viewAuditRow", () => {
  it("hides whose record and what was decided from an admin", () => {
    const view = viewAuditRow(row({}), "admin");
    expect(view).toMatchObject({ nhsNumber: HIDDEN, entityId: HIDDEN, details: null, isRedacted: true, action: "decision.record", actorId: "staff-1" });
    expect(viewAuditRow(row({ action: "person.search", entityType: "person_search", entityId: "smith|1960-01-01", nhsNumber: null, details: { familyName: "Smith" } }), "admin"))
      .toMatchObject({ entityId: HIDDEN, details: null });
  });

  it("shows an admin the service's own events in full", () => {
    const event = row({ action: "staff.create", entityType: "staff_user", entityId: "staff-2", nhsNumber: null, details: { email: "a@example.org", role: "caseworker" } });
    expect(viewAuditRow(event, "admin")).toEqual({ ...event, isRedacted: false });
  });

  it("leaves a supervisor's view as it is, and hides everything from an unknown role", () => {
    expect(viewAuditRow(row({}), "supervisor")).toEqual({ ...row({}), isRedacted: false });
    expect(viewAuditRow(row({}), "root").details).toBeNull();
  });
});
