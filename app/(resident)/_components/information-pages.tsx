import type { Metadata } from "next";
import type { ReactNode } from "react";

import { InformationPageView, type InformationPageLabels } from "@/components/information-page-view";
import { GUIDE, GUIDE_PAGES, getGuideNeighbours } from "@/lib/content/guide";
import { ROUTES } from "@/lib/content/routes";
import { INSET_TEXT_PREFIX } from "@/lib/content/site";
import type { InformationPage } from "@/lib/content/types";

const LABELS: InformationPageLabels = {
  breadcrumbLabel: GUIDE.breadcrumbLabel,
  backTo: GUIDE.backTo,
  contentsHeading: GUIDE.contentsHeading,
  insetPrefix: INSET_TEXT_PREFIX,
  paginationLabel: GUIDE.paginationLabel,
  previous: GUIDE.previous,
  next: GUIDE.next,
  pageSuffix: GUIDE.pageSuffix,
};

const HOME_BREADCRUMB = { text: GUIDE.homeBreadcrumb, href: ROUTES.home };

export function informationPageMetadata(page: InformationPage): Metadata {
  return { title: page.title, description: page.description };
}

type GuidePageProps = {
  page: InformationPage;
  sectionExtras?: Readonly<Record<string, ReactNode>>;
  children?: ReactNode;
};

/** A page of the guide: the guide's contents list at the top, previous and next at the foot. */
export function GuidePage({ page, sectionExtras, children }: GuidePageProps) {
  const { previous, next } = getGuideNeighbours(page.href);
  return (
    <InformationPageView
      page={page}
      breadcrumbs={[HOME_BREADCRUMB]}
      labels={LABELS}
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
  page: InformationPage;
  children?: ReactNode;
  sectionExtras?: Readonly<Record<string, ReactNode>>;
};

/** A page outside the guide (contact, accessibility, privacy, cookies): an "on this page" list when it is long. */
export function StandalonePage({ page, children, sectionExtras }: StandalonePageProps) {
  const isLong = page.sections.length > 4;
  return (
    <InformationPageView
      page={page}
      breadcrumbs={[HOME_BREADCRUMB]}
      labels={LABELS}
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
