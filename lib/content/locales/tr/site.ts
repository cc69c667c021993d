import type * as English from "../../site";
import { ROUTES } from "../../routes";
import { ORGANISATION_NAME } from "../../site";
import type { Localised } from "../../../i18n/localised";

/** Appended to every page title, as NHS.UK services do. */
export const SITE_TITLE: Localised<typeof English.SITE_TITLE> = "Kuzey Londra birleşik bakım kaydı";

export const SITE_DESCRIPTION: Localised<typeof English.SITE_DESCRIPTION> =
  "Barnet, Camden, Enfield, Haringey ve Islington'daki birleşik sağlık ve bakım kaydı hakkında bilgi alın ve bu kayda dahil olup olmayacağınızı seçin.";

export const SKIP_LINK_TEXT: Localised<typeof English.SKIP_LINK_TEXT> = "Ana içeriğe geç";

export const HEADER: Localised<typeof English.HEADER> = {
  serviceName: ORGANISATION_NAME,
  logoAlt: "NHS",
  homeLinkLabel: `NHS ${ORGANISATION_NAME} ana sayfası`,
};

/** Read by screen readers before inset text. */
export const INSET_TEXT_PREFIX: Localised<typeof English.INSET_TEXT_PREFIX> = "Bilgi: ";
export const WARNING_CALLOUT_PREFIX: Localised<typeof English.WARNING_CALLOUT_PREFIX> = "Önemli: ";

export const FOOTER: Localised<typeof English.FOOTER> = {
  linksHeading: "Destek bağlantıları",
  links: [
    { text: "Erişilebilirlik beyanı", href: ROUTES.accessibility },
    { text: "Gizlilik bildirimi", href: ROUTES.privacy },
    { text: "Çerezler", href: ROUTES.cookies },
    { text: "Bize ulaşın", href: ROUTES.contact },
    { text: "Rakamlar ve bilgiler", href: ROUTES.factsAndFigures },
  ],
  copyright: `© ${ORGANISATION_NAME}`,
};

/** Read by screen readers before an error message. */
export const ERROR_MESSAGE_PREFIX: Localised<typeof English.ERROR_MESSAGE_PREFIX> = "Hata: ";
