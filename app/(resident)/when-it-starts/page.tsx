import { OrganisationList, type OrganisationListGroup } from "@/components/organisation-list";
import { WarningCallout } from "@/components/warning-callout";
import { formatCalendarDate } from "@/lib/content/dates";
import { ORGANISATION_LIST, WHEN_IT_STARTS_PAGE } from "@/lib/content/when-it-starts";
import { getEnv } from "@/lib/env";
import { listParticipatingOrganisations } from "@/lib/organisations/list-participating-organisations";

import { GuidePage, informationPageMetadata } from "../_components/information-pages";
import { NOT_FOR_KEEPING } from "@/lib/security/information-pages";

export const metadata = informationPageMetadata(WHEN_IT_STARTS_PAGE);

// Staff add organisations while the site runs: read the list on every rendering. The site's
// server answers this page from memory only while the organisation list's version is the one it
// was rendered at (lib/security/page-cache.ts, docs/decisions/028).
export const dynamic = "force-dynamic";

async function loadGroups(): Promise<OrganisationListGroup[] | undefined> {
  const now = new Date();
  try {
    const groups = await listParticipatingOrganisations({ today: now });
    return groups.map((group) => ({
      id: `borough-${group.borough.toLowerCase()}`,
      heading: ORGANISATION_LIST.boroughHeadings[group.borough],
      types: group.types.map((typeGroup) => ({
        heading: ORGANISATION_LIST.typeHeadings[typeGroup.type],
        organisations: typeGroup.organisations.map((organisation) => ({
          key: organisation.odsCode,
          name: organisation.name,
          joined: `${organisation.joinedOn > now ? ORGANISATION_LIST.joiningPrefix : ORGANISATION_LIST.joinedPrefix} ${formatCalendarDate(organisation.joinedOn)}`,
        })),
      })),
    }));
  } catch (error) {
    // The rest of the page is still worth reading when the list cannot be.
    console.error("Could not list participating organisations", error);
    return undefined;
  }
}

export default async function WhenItStartsPage() {
  const groups = await loadGroups();
  // The local demonstration's organisations are seeded, made-up data: say so.
  const isDemo = getEnv().LOCAL_DEMO === "on";
  return (
    <GuidePage
      page={WHEN_IT_STARTS_PAGE}
      sectionExtras={{
        "organisations-taking-part": groups ? (
          <>
            {isDemo ? (
              <WarningCallout heading={ORGANISATION_LIST.demoNotice.heading}>
                <p>{ORGANISATION_LIST.demoNotice.text}</p>
              </WarningCallout>
            ) : null}
            <OrganisationList groups={groups} emptyText={ORGANISATION_LIST.none} />
          </>
        ) : (
          <p {...NOT_FOR_KEEPING}>{ORGANISATION_LIST.unavailable}</p>
        ),
      }}
    />
  );
}
