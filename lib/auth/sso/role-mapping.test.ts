import { describe, expect, it } from "vitest";

import { checkAssurance, mapRole, parseAcrValues, parseRoleMap, readClaimValues } from "./role-mapping";

const MAP = { caseworker: ["Register.Caseworker"], supervisor: ["Register.Supervisor", "R8003"], admin: ["Register.Admin"] };

describe("role mapping", () => {
  it("gives the one register role a claim value maps to", () => {
    expect(mapRole(["Register.Caseworker"], MAP)).toEqual({ ok: true, role: "caseworker" });
    expect(mapRole(["Something.Else", "R8003"], MAP)).toEqual({ ok: true, role: "supervisor" });
    expect(mapRole(["Register.Admin"], MAP)).toEqual({ ok: true, role: "admin" });
  });

  it("refuses a person with no mapped value, however many others they hold", () => {
    expect(mapRole([], MAP)).toMatchObject({ ok: false, problem: "no-role" });
    expect(mapRole(["Trust.Receptionist", "register.caseworker"], MAP)).toMatchObject({ ok: false, problem: "no-role" });
  });

  it("refuses values that map to two roles rather than picking one (roles are not a ladder)", () => {
    expect(mapRole(["Register.Caseworker", "Register.Admin"], MAP)).toEqual({ ok: false, problem: "several-roles", roles: ["caseworker", "admin"] });
  });

  it("reads a plain claim, a list, and a path into objects (CIS2's nhsid_nrbac_roles)", () => {
    expect(readClaimValues({ roles: "Register.Admin" }, "roles")).toEqual(["Register.Admin"]);
    expect(readClaimValues({ groups: ["a", 3, "b"] }, "groups")).toEqual(["a", "b"]);
    const cis2 = { nhsid_nrbac_roles: [{ role_code: "S8000:G8000:R8003", org_code: "RAL" }, { role_code: "R8001" }, { org_code: "X" }] };
    expect(readClaimValues(cis2, "nhsid_nrbac_roles.role_code")).toEqual(["S8000:G8000:R8003", "R8001"]);
    expect(readClaimValues({}, "roles")).toEqual([]);
    // An inherited property is not a claim.
    expect(readClaimValues({}, "constructor")).toEqual([]);
  });
});

describe("STAFF_SSO_ROLE_MAP", () => {
  it("parses a map from register role to claim values", () => {
    expect(parseRoleMap(JSON.stringify(MAP))).toEqual({ ok: true, map: MAP });
    expect(parseRoleMap('{"admin":"G1"}')).toEqual({ ok: true, map: { caseworker: [], supervisor: [], admin: ["G1"] } });
  });

  it("refuses a map that is not JSON, names a role that does not exist, maps nothing, or gives one value two roles", () => {
    expect(parseRoleMap("caseworker=G1")).toMatchObject({ ok: false, message: expect.stringMatching(/JSON object/) });
    expect(parseRoleMap('{"superuser":["G1"]}')).toMatchObject({ ok: false, message: expect.stringMatching(/"superuser", which is not a register role/) });
    expect(parseRoleMap("{}")).toMatchObject({ ok: false, message: expect.stringMatching(/maps no claim value/) });
    expect(parseRoleMap('{"caseworker":["G1"],"admin":["G1"]}')).toMatchObject({ ok: false, message: expect.stringMatching(/"G1" two roles/) });
    expect(parseRoleMap('{"caseworker":[""]}')).toMatchObject({ ok: false });
  });
});

describe("assurance", () => {
  it("CIS2: accepts only an acr among those configured", () => {
    const cis2 = { acrValues: ["AAL3_ANY"], requireMfaAmr: false };
    expect(checkAssurance({ acr: "AAL3_ANY" }, cis2)).toEqual({ ok: true });
    expect(checkAssurance({ acr: "AAL1_USERPASS" }, cis2)).toMatchObject({ ok: false, problem: "assurance-too-low" });
    expect(checkAssurance({}, cis2)).toMatchObject({ ok: false, problem: "assurance-too-low" });
  });

  it("Entra ID: accepts only an amr that contains mfa", () => {
    const entra = { acrValues: null, requireMfaAmr: true };
    expect(checkAssurance({ amr: ["pwd", "mfa"] }, entra)).toEqual({ ok: true });
    expect(checkAssurance({ amr: ["pwd"] }, entra)).toMatchObject({ ok: false, problem: "assurance-too-low" });
    expect(checkAssurance({ amr: "mfa" }, entra)).toMatchObject({ ok: false, problem: "assurance-too-low" });
    expect(checkAssurance({}, entra)).toMatchObject({ ok: false });
  });

  it("both, when both are configured", () => {
    const both = { acrValues: ["AAL2"], requireMfaAmr: true };
    expect(checkAssurance({ acr: "AAL2", amr: ["mfa"] }, both)).toEqual({ ok: true });
    expect(checkAssurance({ acr: "AAL2", amr: ["pwd"] }, both)).toMatchObject({ ok: false });
    expect(checkAssurance({ acr: "AAL1", amr: ["mfa"] }, both)).toMatchObject({ ok: false });
  });

  it("parses STAFF_SSO_ACR_VALUES as a comma list or a JSON array", () => {
    expect(parseAcrValues("AAL3_ANY, AAL2_OR_AAL3_ANY")).toEqual({ ok: true, values: ["AAL3_ANY", "AAL2_OR_AAL3_ANY"] });
    expect(parseAcrValues('["AAL3_ANY"]')).toEqual({ ok: true, values: ["AAL3_ANY"] });
    expect(parseAcrValues("AAL3_ANY,,")).toMatchObject({ ok: false });
    expect(parseAcrValues("[1]")).toMatchObject({ ok: false });
  });
});
