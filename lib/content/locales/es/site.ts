import type * as English from "../../site";
import { ORGANISATION_NAME } from "../../site";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";

export const SITE_TITLE: Localised<typeof English.SITE_TITLE> = "Registro integrado de salud y asistencia social del norte de Londres";

export const SITE_DESCRIPTION: Localised<typeof English.SITE_DESCRIPTION> =
  "Infórmese sobre el registro integrado de salud y asistencia social en Barnet, Camden, Enfield, Haringey e Islington, y decida si quiere que se le incluya.";

export const SKIP_LINK_TEXT: Localised<typeof English.SKIP_LINK_TEXT> = "Ir al contenido principal";

export const HEADER: Localised<typeof English.HEADER> = {
  serviceName: ORGANISATION_NAME,
  logoAlt: "NHS",
  homeLinkLabel: `Página de inicio de NHS ${ORGANISATION_NAME}`,
};

export const INSET_TEXT_PREFIX: Localised<typeof English.INSET_TEXT_PREFIX> = "Información: ";
export const WARNING_CALLOUT_PREFIX: Localised<typeof English.WARNING_CALLOUT_PREFIX> = "Importante: ";

export const FOOTER: Localised<typeof English.FOOTER> = {
  linksHeading: "Enlaces de ayuda",
  links: [
    { text: "Declaración de accesibilidad", href: ROUTES.accessibility },
    { text: "Aviso de privacidad", href: ROUTES.privacy },
    { text: "Cookies", href: ROUTES.cookies },
    { text: "Contacto", href: ROUTES.contact },
    { text: "Datos y cifras", href: ROUTES.factsAndFigures },
  ],
  copyright: `© ${ORGANISATION_NAME}`,
};

export const ERROR_MESSAGE_PREFIX: Localised<typeof English.ERROR_MESSAGE_PREFIX> = "Error: ";
