import { OrganisationList, type OrganisationListGroup } from "@/components/organisation-list";
import { WarningCallout } from "@/components/warning-callout";
import type { SiteContent } from "@/lib/content/locales/site-content";
import { getEnv } from "@/lib/env";
import { getResidentContent } from "@/lib/i18n/server";
import { listParticipatingOrganisations } from "@/lib/organisations/list-participating-organisations";

import { GuidePage, informationPageMetadata } from "../_components/information-pages";
import { NOT_FOR_KEEPING } from "@/lib/security/information-pages";

const page = (content: SiteContent) => content.whenItStarts.WHEN_IT_STARTS_PAGE;

export const generateMetadata = informationPageMetadata(page);

// Staff add organisations while the site runs: read the list on every rendering. The site's
// server answers this page from memory only while the organisation list's version is the one it
// was rendered at (lib/security/page-cache.ts, docs/decisions/028).
export const dynamic = "force-dynamic";

async function loadGroups(content: SiteContent): Promise<OrganisationListGroup[] | undefined> {
  const { ORGANISATION_LIST } = content.whenItStarts;
  const { formatCalendarDate } = content.dates;
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
  const { content } = await getResidentContent();
  const { ORGANISATION_LIST } = content.whenItStarts;
  const groups = await loadGroups(content);
  // The local demonstration's organisations are seeded, made-up data: say so.
  const isDemo = getEnv().LOCAL_DEMO === "on";
  return (
    <GuidePage
      page={page}
      sectionExtras={{
        "organisations-taking-part": groups ? (
          <>
            {isDemo ? (
              <WarningCallout heading={ORGANISATION_LIST.demoNotice.heading} visuallyHiddenPrefix={content.site.WARNING_CALLOUT_PREFIX}>
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
