import type * as English from "../../guide";
import type { Localised } from "../../../i18n/localised";
import { IS_MY_INFORMATION_SAFE_PAGE } from "./is-my-information-safe";
import { JOINED_UP_RECORD_PAGE } from "./joined-up-record";
import { WHATS_IN_THE_RECORD_PAGE } from "./whats-in-the-record";
import { WHATS_LEFT_OUT_PAGE } from "./whats-left-out";
import { WHEN_IT_STARTS_PAGE } from "./when-it-starts";
import { WHO_CAN_SEE_IT_PAGE } from "./who-can-see-it";
import { YOUR_CHOICE_PAGE } from "./your-choice";

// The information pages form one guide, read in this order (the English: lib/content/guide.ts).

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
  contentsLabel: "Bu rehberdeki sayfalar",
  contentsHeading: "İçindekiler",
  onThisPageLabel: "Bu sayfada",
  paginationLabel: "Sayfalar arasında gezinme",
  previous: "Önceki",
  next: "Sonraki",
  /** Read after "Önceki" and "Sonraki" by screen readers. */
  pageSuffix: " sayfa",
  breadcrumbLabel: "Sayfa yolu",
  homeBreadcrumb: "Ana sayfa",
  backTo: "Geri dön:",
};
