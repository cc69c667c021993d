import { describe, expect, it } from "vitest";
import { hasPermission, PERMISSIONS, permissionsOf } from "./roles";

describe("roles", () => {
  it("gives caseworkers the casework and nothing else", () => {
    expect(permissionsOf("caseworker")).toEqual(["person:view", "decision:key", "tracing:record"]);
  });
  it("lets supervisors review and report but not run the service", () => {
    expect(hasPermission("supervisor", "review:decide")).toBe(true);
    expect(hasPermission("supervisor", "staff:manage")).toBe(false);
    expect(hasPermission("supervisor", "api-clients:manage")).toBe(false);
  });
  it("lets only supervisors run the legacy import", () => {
    expect(hasPermission("supervisor", "legacy-import:run")).toBe(true);
    expect(hasPermission("caseworker", "legacy-import:run")).toBe(false);
    expect(hasPermission("admin", "legacy-import:run")).toBe(false);
  });
  it("keeps admins away from residents' decisions", () => {
    expect(hasPermission("admin", "person:view")).toBe(false);
    expect(hasPermission("admin", "review:decide")).toBe(false);
    expect(hasPermission("admin", "audit:view")).toBe(true);
  });
  it("refuses everything to an unknown role", () => {
    for (const permission of PERMISSIONS) expect(hasPermission("root", permission)).toBe(false);
    expect(hasPermission(null, "person:view")).toBe(false);
  });
});
