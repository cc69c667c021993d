import type { Metadata } from "next";
import type { ReactNode } from "react";

import { InformationPageView, type InformationPageLabels } from "@/components/information-page-view";
import { getGuideNeighbours } from "@/lib/content/guide";
import type { SiteContent } from "@/lib/content/locales/site-content";
import { ROUTES } from "@/lib/content/routes";
import type { InformationPage } from "@/lib/content/types";
import { getResidentContent } from "@/lib/i18n/server";

/** Which page of the content, so each language's page is read from that language's content. */
export type PageSelector = (content: SiteContent) => InformationPage;

function labelsFor(content: SiteContent): InformationPageLabels {
  const { GUIDE } = content.guide;
  return {
    breadcrumbLabel: GUIDE.breadcrumbLabel,
    backTo: GUIDE.backTo,
    contentsHeading: GUIDE.contentsHeading,
    insetPrefix: content.site.INSET_TEXT_PREFIX,
    warningPrefix: content.site.WARNING_CALLOUT_PREFIX,
    paginationLabel: GUIDE.paginationLabel,
    previous: GUIDE.previous,
    next: GUIDE.next,
    pageSuffix: GUIDE.pageSuffix,
  };
}

/** The page's title and description in the page's language. */
export function informationPageMetadata(select: PageSelector): () => Promise<Metadata> {
  return async () => {
    const page = select((await getResidentContent()).content);
    return { title: page.title, description: page.description };
  };
}

type GuidePageProps = {
  page: PageSelector;
  sectionExtras?: Readonly<Record<string, ReactNode>>;
  children?: ReactNode;
};

/** A page of the guide: the guide's contents list at the top, previous and next at the foot. */
export async function GuidePage({ page: select, sectionExtras, children }: GuidePageProps) {
  const { content } = await getResidentContent();
  const page = select(content);
  const { GUIDE, GUIDE_PAGES } = content.guide;
  const { previous, next } = getGuideNeighbours(page.href, GUIDE_PAGES);
  return (
    <InformationPageView
      page={page}
      breadcrumbs={[{ text: GUIDE.homeBreadcrumb, href: ROUTES.home }]}
      labels={labelsFor(content)}
      contents={{
        label: GUIDE.contentsLabel,
        items: GUIDE_PAGES.map((guidePage) => ({
          text: guidePage.shortTitle,
          href: guidePage.href,
          isCurrent: guidePage.href === page.href,
        })),
      }}
      pagination={{
        previous: previous ? { href: previous.href, label: previous.shortTitle } : undefined,
        next: next ? { href: next.href, label: next.shortTitle } : undefined,
      }}
      sectionExtras={sectionExtras}
    >
      {children}
    </InformationPageView>
  );
}

type StandalonePageProps = {
  page: PageSelector;
  children?: ReactNode;
  sectionExtras?: Readonly<Record<string, ReactNode>>;
};

/** A page outside the guide (contact, accessibility, privacy, cookies): an "on this page" list when it is long. */
export async function StandalonePage({ page: select, children, sectionExtras }: StandalonePageProps) {
  const { content } = await getResidentContent();
  const page = select(content);
  const { GUIDE } = content.guide;
  const isLong = page.sections.length > 4;
  return (
    <InformationPageView
      page={page}
      breadcrumbs={[{ text: GUIDE.homeBreadcrumb, href: ROUTES.home }]}
      labels={labelsFor(content)}
      contents={
        isLong
          ? {
              label: GUIDE.onThisPageLabel,
              items: page.sections.map((section) => ({ text: section.heading, href: `#${section.id}` })),
            }
          : undefined
      }
      sectionExtras={sectionExtras}
    >
      {children}
    </InformationPageView>
  );
}
