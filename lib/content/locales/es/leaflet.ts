import type * as English from "../../leaflet";
import { ORGANISATION_NAME } from "../../site";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_PAGE } from "./contact";
import { CONTACT_DETAILS } from "./contact-details";
import { GUIDE_PAGES } from "./guide";
import { HOME_PAGE } from "./home";

// The printable leaflet in Spanish, from the same Spanish pages as the website.

export const LEAFLET: Localised<typeof English.LEAFLET> = {
  title: "Su registro integrado de salud y asistencia social",
  programme: ORGANISATION_NAME,
  boroughLine: "Para las personas de Barnet, Camden, Enfield, Haringey e Islington",
  intro: HOME_PAGE.lede,
  pages: [...GUIDE_PAGES, CONTACT_PAGE],
  websiteHeading: "Más información",
  websiteLine: "Lea esta información, vea un vídeo corto y tome su decisión por internet en",
  otherFormats: CONTACT_DETAILS.otherFormats,
  footer: `${ORGANISATION_NAME}: su registro integrado de salud y asistencia social`,
  pageLabel: "Página",
  fileName: "joined-up-record-leaflet.pdf",
  subject: "Qué es el registro integrado de salud y asistencia social, qué contiene, quién puede verlo y su decisión",
  keywords: "registro integrado, exclusión, norte de Londres, registro de salud y asistencia social",
};
