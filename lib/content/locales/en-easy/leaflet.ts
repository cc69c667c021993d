import type * as English from "../../leaflet";
import { ORGANISATION_NAME } from "../../site";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_PAGE } from "./contact";
import { CONTACT_DETAILS } from "./contact-details";
import { GUIDE_PAGES } from "./guide";
import { HOME_PAGE } from "./home";

// The Easy Read leaflet: every Easy Read guide page and the contact page, with
// their pictures, from the same content as the Easy Read web pages.

export const LEAFLET: Localised<typeof English.LEAFLET> = {
  title: "Your joined-up health and care record",
  programme: ORGANISATION_NAME,
  boroughLine: "For people in Barnet, Camden, Enfield, Haringey and Islington",
  intro: HOME_PAGE.lede,
  pages: [...GUIDE_PAGES, CONTACT_PAGE],
  websiteHeading: "Find out more",
  websiteLine: "Read this information, watch a short film and make your choice online at",
  otherFormats: CONTACT_DETAILS.otherFormats,
  footer: `${ORGANISATION_NAME}: your joined-up health and care record. Easy Read`,
  pageLabel: "Page",
  fileName: "joined-up-record-leaflet.pdf",
  subject: "Easy Read. What the joined-up health and care record is. What is in it. Who can see it. Your choice.",
  keywords: "joined-up record, opt out, North London, health and care record, Easy Read",
};
