import { IS_MY_INFORMATION_SAFE_PAGE } from "./is-my-information-safe";
import { JOINED_UP_RECORD_PAGE } from "./joined-up-record";
import { WHATS_IN_THE_RECORD_PAGE } from "./whats-in-the-record";
import { WHATS_LEFT_OUT_PAGE } from "./whats-left-out";
import { WHEN_IT_STARTS_PAGE } from "./when-it-starts";
import { WHO_CAN_SEE_IT_PAGE } from "./who-can-see-it";
import { YOUR_CHOICE_PAGE } from "./your-choice";
import type { InformationPage } from "./types";

// The information pages form one guide, read in this order, as NHS.UK guides
// are: a contents list of its pages at the top, previous and next at the foot.

export const GUIDE_PAGES: readonly InformationPage[] = [
  JOINED_UP_RECORD_PAGE,
  WHATS_IN_THE_RECORD_PAGE,
  WHATS_LEFT_OUT_PAGE,
  WHO_CAN_SEE_IT_PAGE,
  YOUR_CHOICE_PAGE,
  IS_MY_INFORMATION_SAFE_PAGE,
  WHEN_IT_STARTS_PAGE,
];

export const GUIDE = {
  /** The contents list's accessible name, as in NHS.UK's contents list. */
  contentsLabel: "Pages in this guide",
  /** Visually hidden heading of the contents list. */
  contentsHeading: "Contents",
  /** The in-page contents list's accessible name on long single pages. */
  onThisPageLabel: "On this page",
  paginationLabel: "Pagination",
  previous: "Previous",
  next: "Next",
  /** Read after "Previous" and "Next" by screen readers, as in NHS.UK's pagination. */
  pageSuffix: " page",
  breadcrumbLabel: "Breadcrumb",
  homeBreadcrumb: "Home",
  backTo: "Back to",
} as const;

/** The pages before and after this one in a language's guide (its GUIDE_PAGES). */
export function getGuideNeighbours<Page extends { href: string }>(href: string, pages: readonly Page[]): { previous?: Page; next?: Page } {
  const index = pages.findIndex((page) => page.href === href);
  if (index === -1) return {};
  return { previous: pages[index - 1], next: pages[index + 1] };
}
