import { getDb } from "../db";
import type { Borough, OrganisationType } from "../generated/prisma/enums";

export type ParticipatingOrganisation = {
  odsCode: string;
  name: string;
  type: OrganisationType;
  borough: Borough;
  joinedOn: Date;
};

export type OrganisationTypeGroup = { type: OrganisationType; organisations: ParticipatingOrganisation[] };
export type OrganisationBoroughGroup = { borough: Borough; types: OrganisationTypeGroup[] };

// The order residents read them in: boroughs alphabetically, then the services
// people use most first.
const BOROUGH_ORDER: readonly Borough[] = ["BARNET", "CAMDEN", "ENFIELD", "HARINGEY", "ISLINGTON"];
const TYPE_ORDER: readonly OrganisationType[] = [
  "GP_PRACTICE",
  "ACUTE_HOSPITAL",
  "COMMUNITY_HEALTH",
  "MENTAL_HEALTH",
  "LOCAL_AUTHORITY",
  "HOSPICE",
  "OTHER",
];

/**
 * Organisations taking part (including those with a joining date still to
 * come), not those that have left, grouped by borough then type, each group
 * ordered by joining date then name. Read fresh on every call: staff add
 * organisations while the site runs.
 */
export async function listParticipatingOrganisations(options: { today?: Date } = {}): Promise<OrganisationBoroughGroup[]> {
  const today = options.today ?? new Date();
  const startOfToday = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const rows = await getDb().organisation.findMany({
    where: { OR: [{ leftOn: null }, { leftOn: { gt: startOfToday } }] },
    select: { odsCode: true, name: true, type: true, borough: true, joinedOn: true },
    orderBy: [{ joinedOn: "asc" }, { name: "asc" }],
  });
  return groupOrganisations(rows);
}

export function groupOrganisations(rows: readonly ParticipatingOrganisation[]): OrganisationBoroughGroup[] {
  return BOROUGH_ORDER.map((borough) => ({
    borough,
    types: TYPE_ORDER.map((type) => ({
      type,
      organisations: rows.filter((row) => row.borough === borough && row.type === type),
    })).filter((group) => group.organisations.length > 0),
  })).filter((group) => group.types.length > 0);
}
