import { randomInt } from "node:crypto";

import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { listParticipatingOrganisations } from "@/lib/organisations/list-participating-organisations";

function uniqueOds(): string {
  return `T${randomInt(10_000_000, 99_999_999)}`.slice(0, 10);
}

describe("listParticipatingOrganisations", () => {
  it("groups by borough then type, includes those joining later, and leaves out those that have left", async () => {
    const today = new Date("2026-11-25T12:00:00Z");
    const codes = { gp: uniqueOds(), hospital: uniqueOds(), future: uniqueOds(), left: uniqueOds() };
    await getDb().organisation.createMany({
      data: [
        { odsCode: codes.gp, name: `GP ${codes.gp}`, type: "GP_PRACTICE", borough: "HARINGEY", joinedOn: new Date("2026-05-01") },
        { odsCode: codes.hospital, name: `Hospital ${codes.hospital}`, type: "ACUTE_HOSPITAL", borough: "HARINGEY", joinedOn: new Date("2026-04-01") },
        { odsCode: codes.future, name: `Future ${codes.future}`, type: "GP_PRACTICE", borough: "HARINGEY", joinedOn: new Date("2027-01-01") },
        { odsCode: codes.left, name: `Left ${codes.left}`, type: "GP_PRACTICE", borough: "HARINGEY", joinedOn: new Date("2026-04-01"), leftOn: new Date("2026-10-01") },
      ],
    });

    const groups = await listParticipatingOrganisations({ today });
    const mine = new Set(Object.values(codes));
    const haringey = groups.find((group) => group.borough === "HARINGEY")!;
    const seen = haringey.types.map((type) => ({
      type: type.type,
      codes: type.organisations.filter((o) => mine.has(o.odsCode)).map((o) => o.odsCode),
    }));
    expect(seen.filter((entry) => entry.codes.length > 0)).toEqual([
      { type: "GP_PRACTICE", codes: [codes.gp, codes.future] },
      { type: "ACUTE_HOSPITAL", codes: [codes.hospital] },
    ]);
    expect(groups.map((group) => group.borough)).toEqual([...groups.map((group) => group.borough)].sort());
  });
});
