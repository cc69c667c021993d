import type * as English from "../../site";
import { ORGANISATION_NAME } from "../../site";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";

export const SITE_TITLE: Localised<typeof English.SITE_TITLE> = "North London joined-up care record";

export const SITE_DESCRIPTION: Localised<typeof English.SITE_DESCRIPTION> =
  "Easy Read. Find out about the joined-up health and care record. It is for Barnet, Camden, Enfield, Haringey and Islington. You choose if you are in it.";

export const SKIP_LINK_TEXT: Localised<typeof English.SKIP_LINK_TEXT> = "Skip to the main part of the page";

export const HEADER: Localised<typeof English.HEADER> = {
  serviceName: ORGANISATION_NAME,
  logoAlt: "NHS",
  homeLinkLabel: `NHS ${ORGANISATION_NAME}. Go to the home page`,
};

export const INSET_TEXT_PREFIX: Localised<typeof English.INSET_TEXT_PREFIX> = "Information: ";
export const WARNING_CALLOUT_PREFIX: Localised<typeof English.WARNING_CALLOUT_PREFIX> = "Important: ";

export const FOOTER: Localised<typeof English.FOOTER> = {
  linksHeading: "Help links",
  links: [
    { text: "How easy this website is to use", href: ROUTES.accessibility },
    { text: "How we use your information", href: ROUTES.privacy },
    { text: "Cookies", href: ROUTES.cookies },
    { text: "Contact us", href: ROUTES.contact },
    { text: "Facts and numbers", href: ROUTES.factsAndFigures },
  ],
  copyright: `© ${ORGANISATION_NAME}`,
};

export const ERROR_MESSAGE_PREFIX: Localised<typeof English.ERROR_MESSAGE_PREFIX> = "Error: ";
