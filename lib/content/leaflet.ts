import { CONTACT_PAGE } from "./contact";
import { CONTACT_DETAILS } from "./contact-details";
import { GUIDE_PAGES } from "./guide";
import { HOME_PAGE } from "./home";
import { ORGANISATION_NAME } from "./site";
import type { InformationPage } from "./types";

// The printable leaflet: the programme's name, then every page of the guide
// and the contact details, from the same content as the web pages.

export const LEAFLET = {
  title: "Your joined-up health and care record",
  programme: ORGANISATION_NAME,
  boroughLine: "For people in Barnet, Camden, Enfield, Haringey and Islington",
  intro: HOME_PAGE.lede,
  /** Pages printed in full, in order. */
  pages: [...GUIDE_PAGES, CONTACT_PAGE] as readonly InformationPage[],
  websiteHeading: "Find out more",
  /** Followed by the site's address. */
  websiteLine: "Read this information, watch a short film and make your choice online at",
  otherFormats: CONTACT_DETAILS.otherFormats,
  /** Printed at the foot of every page. */
  footer: `${ORGANISATION_NAME}: your joined-up health and care record`,
  pageLabel: "Page",
  fileName: "joined-up-record-leaflet.pdf",
  subject: "What the joined-up health and care record is, what is in it, who can see it and your choice",
  keywords: "joined-up record, opt out, North London, health and care record",
} as const;
