import type * as English from "../../leaflet";
import { ORGANISATION_NAME } from "../../site";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_PAGE } from "./contact";
import { CONTACT_DETAILS } from "./contact-details";
import { GUIDE_PAGES } from "./guide";
import { HOME_PAGE } from "./home";

// The printable leaflet in Turkish, from the same content as the Turkish web
// pages (the English: lib/content/leaflet.ts). The file name stays as the
// download address has it.

export const LEAFLET: Localised<typeof English.LEAFLET> = {
  title: "Birleşik sağlık ve bakım kaydınız",
  programme: ORGANISATION_NAME,
  boroughLine: "Barnet, Camden, Enfield, Haringey ve Islington'da yaşayanlar için",
  intro: HOME_PAGE.lede,
  pages: [...GUIDE_PAGES, CONTACT_PAGE],
  websiteHeading: "Daha fazla bilgi",
  websiteLine: "Bu bilgileri okuyabileceğiniz, kısa bir film izleyebileceğiniz ve tercihinizi internet üzerinden yapabileceğiniz adres:",
  otherFormats: CONTACT_DETAILS.otherFormats,
  footer: `${ORGANISATION_NAME}: birleşik sağlık ve bakım kaydınız`,
  pageLabel: "Sayfa",
  fileName: "joined-up-record-leaflet.pdf",
  subject: "Birleşik sağlık ve bakım kaydı nedir, içinde neler var, kimler görebilir ve sizin tercihiniz",
  keywords: "birleşik kayıt, kayıttan çıkma, Kuzey Londra, sağlık ve bakım kaydı",
};
