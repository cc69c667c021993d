import type * as English from "../../leaflet";
import { ORGANISATION_NAME } from "../../site";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_PAGE } from "./contact";
import { CONTACT_DETAILS } from "./contact-details";
import { GUIDE_PAGES } from "./guide";
import { HOME_PAGE } from "./home";

// The printable leaflet in Bulgarian: every page of the guide and the contact
// details, from the same Bulgarian content as the web pages.

export const LEAFLET: Localised<typeof English.LEAFLET> = {
  title: "Вашето обединено досие за здравни и социални грижи",
  programme: ORGANISATION_NAME,
  boroughLine: "За хората в Barnet, Camden, Enfield, Haringey и Islington",
  intro: HOME_PAGE.lede,
  pages: [...GUIDE_PAGES, CONTACT_PAGE],
  websiteHeading: "Научете повече",
  websiteLine: "Прочетете тази информация, гледайте кратък филм и направете избора си онлайн на адрес",
  otherFormats: CONTACT_DETAILS.otherFormats,
  footer: `${ORGANISATION_NAME}: вашето обединено досие за здравни и социални грижи`,
  pageLabel: "Страница",
  fileName: "joined-up-record-leaflet.pdf",
  subject: "Какво е обединеното досие за здравни и социални грижи, какво съдържа, кой може да го вижда и вашият избор",
  keywords: "обединено досие, отказ от участие, Северен Лондон, досие за здравни и социални грижи",
};
