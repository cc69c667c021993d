import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listParticipatingOrganisations } from "@/lib/organisations/list-participating-organisations";
import { addOrganisation, editOrganisation, endOrganisation } from "@/lib/organisations/manage-organisations";
import { STAFF } from "../support/factories";

const names = async () => (await listParticipatingOrganisations()).flatMap((b) => b.types.flatMap((t) => t.organisations.map((o) => o.name)));

describe("managing participating organisations", () => {
  it("adds, edits and ends an organisation; the public list follows and every change is audited", async () => {
    const odsCode = `Y${randomInt(10000, 99999)}`;
    const id = await addOrganisation({ organisation: { name: `Test Surgery ${odsCode}`, odsCode, type: "GP_PRACTICE", borough: "ENFIELD", joinedOn: "2026-04-01" }, by: STAFF });
    expect(await names()).toContain(`Test Surgery ${odsCode}`);
    await expect(addOrganisation({ organisation: { name: "Clash", odsCode, type: "OTHER", borough: "CAMDEN", joinedOn: "2026-04-01" }, by: STAFF })).rejects.toThrow(/exists/);

    await editOrganisation({ id, organisation: { name: `Renamed Surgery ${odsCode}`, odsCode, type: "GP_PRACTICE", borough: "ENFIELD", joinedOn: "2026-04-01" }, by: STAFF });
    expect(await names()).toContain(`Renamed Surgery ${odsCode}`);

    await endOrganisation({ id, leftOn: "2026-05-01", by: STAFF });
    expect(await names()).not.toContain(`Renamed Surgery ${odsCode}`);
    await expect(endOrganisation({ id, leftOn: "2026-06-01", by: STAFF })).rejects.toThrow();
    const actions = await getDb().auditEvent.findMany({ where: { entityType: "organisation", entityId: id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["organisation.add", "organisation.edit", "organisation.end"]);
  });
});
