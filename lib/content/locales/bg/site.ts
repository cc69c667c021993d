import type * as English from "../../site";
import { ROUTES } from "../../routes";
import { ORGANISATION_NAME } from "../../site";
import type { Localised } from "../../../i18n/localised";

/** Appended to every page title, as NHS.UK services do. */
export const SITE_TITLE: Localised<typeof English.SITE_TITLE> = "Обединено досие за здравни и социални грижи в Северен Лондон";

export const SITE_DESCRIPTION: Localised<typeof English.SITE_DESCRIPTION> =
  "Научете за обединеното досие за здравни и социални грижи в Barnet, Camden, Enfield, Haringey и Islington и изберете дали да бъдете включени в него.";

export const SKIP_LINK_TEXT: Localised<typeof English.SKIP_LINK_TEXT> = "Към основното съдържание";

export const HEADER: Localised<typeof English.HEADER> = {
  serviceName: ORGANISATION_NAME,
  logoAlt: "NHS",
  homeLinkLabel: `Начална страница на NHS ${ORGANISATION_NAME}`,
};

/** Read by screen readers before inset text. */
export const INSET_TEXT_PREFIX: Localised<typeof English.INSET_TEXT_PREFIX> = "Информация: ";
export const WARNING_CALLOUT_PREFIX: Localised<typeof English.WARNING_CALLOUT_PREFIX> = "Важно: ";

export const FOOTER: Localised<typeof English.FOOTER> = {
  linksHeading: "Полезни връзки",
  links: [
    { text: "Декларация за достъпност", href: ROUTES.accessibility },
    { text: "Известие за поверителност", href: ROUTES.privacy },
    { text: "Бисквитки", href: ROUTES.cookies },
    { text: "Свържете се с нас", href: ROUTES.contact },
    { text: "Факти и цифри", href: ROUTES.factsAndFigures },
  ],
  copyright: `© ${ORGANISATION_NAME}`,
};

/** Read by screen readers before an error message. */
export const ERROR_MESSAGE_PREFIX: Localised<typeof English.ERROR_MESSAGE_PREFIX> = "Грешка: ";
