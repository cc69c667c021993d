import type * as English from "../../guide";
import type { Localised } from "../../../i18n/localised";
import { IS_MY_INFORMATION_SAFE_PAGE } from "./is-my-information-safe";
import { JOINED_UP_RECORD_PAGE } from "./joined-up-record";
import { WHATS_IN_THE_RECORD_PAGE } from "./whats-in-the-record";
import { WHATS_LEFT_OUT_PAGE } from "./whats-left-out";
import { WHEN_IT_STARTS_PAGE } from "./when-it-starts";
import { WHO_CAN_SEE_IT_PAGE } from "./who-can-see-it";
import { YOUR_CHOICE_PAGE } from "./your-choice";

// The information pages as one guide, in the English guide's order.

export const GUIDE_PAGES: Localised<typeof English.GUIDE_PAGES> = [
  JOINED_UP_RECORD_PAGE,
  WHATS_IN_THE_RECORD_PAGE,
  WHATS_LEFT_OUT_PAGE,
  WHO_CAN_SEE_IT_PAGE,
  YOUR_CHOICE_PAGE,
  IS_MY_INFORMATION_SAFE_PAGE,
  WHEN_IT_STARTS_PAGE,
];

export const GUIDE: Localised<typeof English.GUIDE> = {
  contentsLabel: "Pages in this guide",
  contentsHeading: "Contents",
  onThisPageLabel: "On this page",
  paginationLabel: "Pages",
  previous: "Previous",
  next: "Next",
  pageSuffix: " page",
  breadcrumbLabel: "Where you are",
  homeBreadcrumb: "Home",
  backTo: "Go back to",
};
