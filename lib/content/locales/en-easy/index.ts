import type { SiteContent } from "../site-content";
import * as accessibility from "./accessibility";
import * as choice from "./choice";
import * as contact from "./contact";
import * as contactDetails from "./contact-details";
import * as cookies from "./cookies";
import * as dates from "./dates";
import * as decisionErrors from "./decision-errors";
import * as emails from "./emails";
import * as errors from "./errors";
import * as evidenceRejectedEmail from "./evidence-rejected-email";
import * as factsAndFigures from "./facts-and-figures";
import * as film from "./film";
import * as guide from "./guide";
import * as home from "./home";
import * as isMyInformationSafe from "./is-my-information-safe";
import * as joinedUpRecord from "./joined-up-record";
import * as leaflet from "./leaflet";
import * as meta from "./meta";
import * as nhsLogin from "./nhs-login";
import * as nhsNumberErrors from "./nhs-number-errors";
import * as privacy from "./privacy";
import * as programmeText from "./programme-text";
import * as rules from "./rules";
import * as site from "./site";
import * as siteFrame from "./site-frame";
import * as terms from "./terms";
import * as whatsInTheRecord from "./whats-in-the-record";
import * as whatsLeftOut from "./whats-left-out";
import * as whenItStarts from "./when-it-starts";
import * as whoCanSeeIt from "./who-can-see-it";
import * as yourChoice from "./your-choice";

/** Easy Read English, gathered as one SiteContent value (lib/content/locales/README.md). */
export const CONTENT: SiteContent = {
  meta,
  programmeText,
  siteFrame,
  site,
  dates,
  contactDetails,
  rules,
  terms,
  home,
  joinedUpRecord,
  whatsInTheRecord,
  whatsLeftOut,
  whoCanSeeIt,
  yourChoice,
  isMyInformationSafe,
  whenItStarts,
  guide,
  contact,
  accessibility,
  privacy,
  cookies,
  errors,
  choice,
  decisionErrors,
  nhsNumberErrors,
  nhsLogin,
  emails,
  evidenceRejectedEmail,
  leaflet,
  factsAndFigures,
  film,
};
