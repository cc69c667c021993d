import type { ReactNode } from "react";

import type { ContentLink, InformationPage } from "@/lib/content/types";

import { Breadcrumb } from "./breadcrumb";
import { ContentBlocks } from "./content-blocks";
import { ContentsList, type ContentsListItem } from "./contents-list";
import { Pagination } from "./pagination";

export type InformationPageLabels = {
  breadcrumbLabel: string;
  backTo: string;
  contentsHeading: string;
  insetPrefix: string;
  warningPrefix: string;
  paginationLabel: string;
  previous: string;
  next: string;
  pageSuffix: string;
};

type InformationPageViewProps = {
  page: InformationPage;
  breadcrumbs: readonly ContentLink[];
  labels: InformationPageLabels;
  /** A contents list at the top: the guide's pages, or this page's sections. */
  contents?: { label: string; items: readonly ContentsListItem[] };
  pagination?: { previous?: { href: string; label: string }; next?: { href: string; label: string } };
  /** Live content shown at the end of a section, by section id (such as a list from the database). */
  sectionExtras?: Readonly<Record<string, ReactNode>>;
  /** Shown after the last section, before the pagination. */
  children?: ReactNode;
};

/**
 * An NHS.UK content page: breadcrumb, one h1, lede, optional contents list,
 * then an h2 for each section. Presentational: the page passes everything in.
 */
export function InformationPageView({
  page,
  breadcrumbs,
  labels,
  contents,
  pagination,
  sectionExtras,
  children,
}: InformationPageViewProps) {
  return (
    <>
      <Breadcrumb items={breadcrumbs} label={labels.breadcrumbLabel} backToText={labels.backTo} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{page.title}</h1>
          {page.lede ? <p className="nhsuk-lede-text">{page.lede}</p> : null}
          {contents ? (
            <ContentsList label={contents.label} heading={labels.contentsHeading} items={contents.items} />
          ) : null}
          {page.sections.map((section) => (
            <section key={section.id} aria-labelledby={section.id}>
              <h2 id={section.id}>{section.heading}</h2>
              <ContentBlocks blocks={section.blocks} idPrefix={section.id} insetPrefix={labels.insetPrefix} warningPrefix={labels.warningPrefix} />
              {sectionExtras?.[section.id]}
            </section>
          ))}
          {children}
          {pagination ? (
            <Pagination
              label={labels.paginationLabel}
              previousText={labels.previous}
              nextText={labels.next}
              pageSuffix={labels.pageSuffix}
              previous={pagination.previous}
              next={pagination.next}
            />
          ) : null}
        </div>
      </div>
    </>
  );
}
