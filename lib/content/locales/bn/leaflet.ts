import type * as English from "../../leaflet";
import type { Localised } from "../../../i18n/localised";
import { ORGANISATION_NAME } from "../../site";
import type { InformationPage } from "../../types";
import { CONTACT_PAGE } from "./contact";
import { CONTACT_DETAILS } from "./contact-details";
import { GUIDE_PAGES } from "./guide";
import { HOME_PAGE } from "./home";

// The printable leaflet in Bengali: the programme's name, then every page of
// the guide and the contact details, from the same content as the web pages.

export const LEAFLET: Localised<typeof English.LEAFLET> = {
  title: "আপনার সংযুক্ত স্বাস্থ্য ও সেবা রেকর্ড",
  programme: ORGANISATION_NAME,
  boroughLine: "Barnet, Camden, Enfield, Haringey ও Islington-এর মানুষের জন্য",
  intro: HOME_PAGE.lede,
  pages: [...GUIDE_PAGES, CONTACT_PAGE] as readonly Localised<InformationPage>[],
  websiteHeading: "আরও জানুন",
  websiteLine: "এই তথ্য পড়ুন, একটি ছোট ফিল্ম দেখুন এবং অনলাইনে আপনার সিদ্ধান্ত জানান, এই ঠিকানায়:",
  otherFormats: CONTACT_DETAILS.otherFormats,
  footer: `${ORGANISATION_NAME}: আপনার সংযুক্ত স্বাস্থ্য ও সেবা রেকর্ড`,
  pageLabel: "পৃষ্ঠা",
  fileName: "joined-up-record-leaflet.pdf",
  subject: "সংযুক্ত স্বাস্থ্য ও সেবা রেকর্ড কী, এতে কী আছে, কারা এটি দেখতে পারেন, এবং আপনার সিদ্ধান্ত",
  keywords: "সংযুক্ত রেকর্ড, অপ্ট-আউট, নর্থ লন্ডন, স্বাস্থ্য ও সেবা রেকর্ড",
};
