import type * as English from "../../guide";
import type { Localised } from "../../../i18n/localised";
import { IS_MY_INFORMATION_SAFE_PAGE } from "./is-my-information-safe";
import { JOINED_UP_RECORD_PAGE } from "./joined-up-record";
import { WHATS_IN_THE_RECORD_PAGE } from "./whats-in-the-record";
import { WHATS_LEFT_OUT_PAGE } from "./whats-left-out";
import { WHEN_IT_STARTS_PAGE } from "./when-it-starts";
import { WHO_CAN_SEE_IT_PAGE } from "./who-can-see-it";
import { YOUR_CHOICE_PAGE } from "./your-choice";

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
  contentsLabel: "Bogagga hagahan",
  contentsHeading: "Tusmada",
  onThisPageLabel: "Boggan waxaa ku jira",
  paginationLabel: "U gudbidda bogagga",
  // Somali puts "bogga" (page) before its describing word, so the words read
  // whole ("Kii hore", the previous one; "Kan xiga", the next one) and no suffix follows.
  previous: "Kii hore",
  next: "Kan xiga",
  pageSuffix: "",
  breadcrumbLabel: "Jidka bogga",
  homeBreadcrumb: "Bogga hore",
  backTo: "Ku noqo",
};
