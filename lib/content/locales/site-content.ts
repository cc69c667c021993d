import type * as Accessibility from "../accessibility";
import type * as Choice from "../choice";
import type * as Contact from "../contact";
import type * as ContactDetails from "../contact-details";
import type * as Cookies from "../cookies";
import type * as Dates from "../dates";
import type * as DecisionErrors from "../decision-errors";
import type * as Emails from "../emails";
import type * as Errors from "../errors";
import type * as EvidenceRejectedEmail from "../evidence-rejected-email";
import type * as FactsAndFigures from "../facts-and-figures";
import type * as Film from "../film";
import type * as Guide from "../guide";
import type * as Home from "../home";
import type * as IsMyInformationSafe from "../is-my-information-safe";
import type * as JoinedUpRecord from "../joined-up-record";
import type * as Leaflet from "../leaflet";
import type * as NhsLogin from "../nhs-login";
import type * as NhsNumberErrors from "../nhs-number-errors";
import type * as Privacy from "../privacy";
import type * as Rules from "../rules";
import type * as Site from "../site";
import type * as SiteFrame from "../site-frame";
import type * as Terms from "../terms";
import type * as WhatsInTheRecord from "../whats-in-the-record";
import type * as WhatsLeftOut from "../whats-left-out";
import type * as WhenItStarts from "../when-it-starts";
import type * as WhoCanSeeIt from "../who-can-see-it";
import type * as YourChoice from "../your-choice";
import type { Localised, TranslationStatus } from "../../i18n/localised";
import type { ProgrammeText } from "../../i18n/programme-text";

// Everything a resident reads, in one language: the exports of each English
// content module that hold words, by module. Each locale's index.ts builds one
// value of this type, so a module or an export a translation misses fails the
// typecheck (lib/content/locales/README.md). In the order to translate them:
// the information pages first, then the journeys, emails, paper and the film.

type Part<Module, Names extends keyof Module> = Localised<Pick<Module, Names>>;

export type SiteContent = {
  meta: { TRANSLATION: TranslationStatus };
  programmeText: { PROGRAMME_TEXT: ProgrammeText };
  // Pages and the site's frame.
  siteFrame: Part<typeof SiteFrame, "SITE_FRAME">;
  site: Part<typeof Site, "SITE_TITLE" | "SITE_DESCRIPTION" | "SKIP_LINK_TEXT" | "HEADER" | "INSET_TEXT_PREFIX" | "WARNING_CALLOUT_PREFIX" | "FOOTER" | "ERROR_MESSAGE_PREFIX">;
  dates: Part<typeof Dates, "formatCalendarDate" | "formatClockTime" | "formatLondonDateTime" | "formatLondonDate" | "formatDecidedAt">;
  contactDetails: Part<typeof ContactDetails, "CONTACT_DETAILS">;
  rules: Part<typeof Rules, "CHOICE_RULES" | "choiceRulesSummary">;
  terms: Part<typeof Terms, "TERMS" | "termsBlock">;
  home: Part<typeof Home, "HOME_PAGE">;
  joinedUpRecord: Part<typeof JoinedUpRecord, "JOINED_UP_RECORD_PAGE">;
  whatsInTheRecord: Part<typeof WhatsInTheRecord, "WHATS_IN_THE_RECORD_PAGE">;
  whatsLeftOut: Part<
    typeof WhatsLeftOut,
    "PUBLISHED_EXAMPLES" | "EXCLUDED_INFORMATION" | "EXCLUDED_INFORMATION_STATUS" | "EXCLUDED_INFORMATION_TABLE" | "EXCLUDED_INFORMATION_DOWNLOAD" | "WHATS_LEFT_OUT_PAGE"
  >;
  whoCanSeeIt: Part<typeof WhoCanSeeIt, "ROLE_SUMMARIES" | "ROLES_STATUS" | "WHO_CAN_SEE_IT_PAGE">;
  yourChoice: Part<typeof YourChoice, "YOUR_CHOICE_PAGE">;
  isMyInformationSafe: Part<typeof IsMyInformationSafe, "IS_MY_INFORMATION_SAFE_PAGE">;
  whenItStarts: Part<typeof WhenItStarts, "PROGRAMME_START_DATE" | "START_SENTENCE" | "WHEN_IT_STARTS_PAGE" | "ORGANISATION_LIST">;
  guide: Part<typeof Guide, "GUIDE_PAGES" | "GUIDE">;
  contact: Part<typeof Contact, "CONTACT_PAGE" | "CALLBACK_FORM" | "CALLBACK_REQUESTED_PAGE">;
  accessibility: Part<typeof Accessibility, "ACCESSIBILITY_PAGE">;
  privacy: Part<typeof Privacy, "PRIVACY_PAGE">;
  cookies: Part<typeof Cookies, "COOKIES_PAGE">;
  errors: Part<typeof Errors, "NOT_FOUND_PAGE" | "SERVICE_ERROR_PAGE">;
  // The journeys.
  choice: Part<
    typeof Choice,
    | "JOURNEYS"
    | "START_PAGE"
    | "COMMON"
    | "WHO_FOR"
    | "ABOUT_YOU"
    | "NAME"
    | "DATE_OF_BIRTH"
    | "NHS_NUMBER"
    | "POSTCODE"
    | "GP_PRACTICE"
    | "NOT_ELIGIBLE"
    | "EVIDENCE"
    | "DECISION"
    | "EMAIL"
    | "CONFIRM_EMAIL"
    | "CHECK_ANSWERS"
    | "CONFIRMATION"
    | "RETURN_ADDRESS"
    | "CONTACT_PHONE"
    | "CHOICE_EMAILS"
    | "PAPER_FORM"
  >;
  decisionErrors: Part<typeof DecisionErrors, "DECISION_ERRORS">;
  nhsNumberErrors: Part<typeof NhsNumberErrors, "NHS_NUMBER_ERRORS">;
  nhsLogin: Part<typeof NhsLogin, "NHS_LOGIN_START" | "NHS_LOGIN_PROBLEMS" | "NHS_LOGIN_PROBLEM_LINKS" | "CHECK_YOUR_CHOICE" | "NHS_LOGIN_DETAILS">;
  // Emails, paper and the film.
  emails: Part<typeof Emails, "renderCallbackRequestEmail" | "renderOptInAttemptNotice" | "renderPlainEmail" | "renderFactsEmail">;
  evidenceRejectedEmail: Part<typeof EvidenceRejectedEmail, "renderDecisionRejectedEmail">;
  leaflet: Part<typeof Leaflet, "LEAFLET">;
  factsAndFigures: Part<typeof FactsAndFigures, "BOROUGH_LABELS" | "CHANNEL_LABELS" | "monthLabel" | "periodLabel" | "FEWER_THAN_10" | "NOT_SHOWN" | "FACTS_AND_FIGURES">;
  film: Part<typeof Film, "FILM_CHAPTERS" | "FILM_PAGE" | "formatDuration">;
};
