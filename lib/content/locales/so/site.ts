import type * as English from "../../site";
import { ORGANISATION_NAME } from "../../site";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";

export const SITE_TITLE: Localised<typeof English.SITE_TITLE> = "Diiwaanka daryeelka ee isku xiran ee Waqooyiga London";

export const SITE_DESCRIPTION: Localised<typeof English.SITE_DESCRIPTION> =
  "Wax ka ogow diiwaanka caafimaadka iyo daryeelka ee isku xiran ee Barnet, Camden, Enfield, Haringey iyo Islington, oo dooro inaad ku jirto iyo in kale.";

export const SKIP_LINK_TEXT: Localised<typeof English.SKIP_LINK_TEXT> = "U gudub qoraalka ugu muhiimsan";

export const HEADER: Localised<typeof English.HEADER> = {
  serviceName: ORGANISATION_NAME,
  logoAlt: "NHS",
  homeLinkLabel: `Bogga hore ee NHS ${ORGANISATION_NAME}`,
};

export const INSET_TEXT_PREFIX: Localised<typeof English.INSET_TEXT_PREFIX> = "Macluumaad: ";
export const WARNING_CALLOUT_PREFIX: Localised<typeof English.WARNING_CALLOUT_PREFIX> = "Muhiim: ";

export const FOOTER: Localised<typeof English.FOOTER> = {
  linksHeading: "Xiriirrada taageerada",
  links: [
    { text: "Bayaanka fududaynta isticmaalka (accessibility)", href: ROUTES.accessibility },
    { text: "Ogeysiiska sirta", href: ROUTES.privacy },
    { text: "Kukiyada (cookies)", href: ROUTES.cookies },
    { text: "Nala soo xiriir", href: ROUTES.contact },
    { text: "Xaqiiqooyin iyo tirooyin", href: ROUTES.factsAndFigures },
  ],
  copyright: `© ${ORGANISATION_NAME}`,
};

export const ERROR_MESSAGE_PREFIX: Localised<typeof English.ERROR_MESSAGE_PREFIX> = "Khalad: ";
