import type * as English from "../../leaflet";
import { ORGANISATION_NAME } from "../../site";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_PAGE } from "./contact";
import { CONTACT_DETAILS } from "./contact-details";
import { GUIDE_PAGES } from "./guide";
import { HOME_PAGE } from "./home";

export const LEAFLET: Localised<typeof English.LEAFLET> = {
  title: "Diiwaankaaga caafimaadka iyo daryeelka ee isku xiran",
  programme: ORGANISATION_NAME,
  boroughLine: "Loogu talagalay dadka ku nool Barnet, Camden, Enfield, Haringey iyo Islington",
  intro: HOME_PAGE.lede,
  pages: [...GUIDE_PAGES, CONTACT_PAGE],
  websiteHeading: "Wax badan ka ogow",
  websiteLine: "Akhri macluumaadkan, daawo filim gaaban oo doorashadaada onlayn ku samee cinwaankan:",
  otherFormats: CONTACT_DETAILS.otherFormats,
  footer: `${ORGANISATION_NAME}: diiwaankaaga caafimaadka iyo daryeelka ee isku xiran`,
  pageLabel: "Bogga",
  fileName: "joined-up-record-leaflet.pdf",
  subject: "Waa maxay diiwaanka caafimaadka iyo daryeelka ee isku xiran, waxa ku jira, cidda arki karta iyo doorashadaada",
  keywords: "diiwaanka isku xiran, ka bixid, Waqooyiga London, diiwaanka caafimaadka iyo daryeelka",
};
