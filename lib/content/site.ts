import { ROUTES } from "./routes";
import type { ContentLink } from "./types";

export const ORGANISATION_NAME = "North London Partners in health and care";

/** Appended to every page title, as NHS.UK services do. */
export const SITE_TITLE = "North London joined-up care record";

export const SITE_DESCRIPTION =
  "Find out about the joined-up health and care record in Barnet, Camden, Enfield, Haringey and Islington, and choose whether you are included.";

export const BOROUGHS = ["Barnet", "Camden", "Enfield", "Haringey", "Islington"] as const;

export const SKIP_LINK_TEXT = "Skip to main content";

export const HEADER = {
  serviceName: ORGANISATION_NAME,
  /** The logo's alternative text; NHS.UK's header template defaults to "NHS". */
  logoAlt: "NHS",
  /** Logo and service name form one link, so it is named once, as the template does. */
  homeLinkLabel: `NHS ${ORGANISATION_NAME} homepage`,
} as const;

/** Read by screen readers before inset text, as NHS.UK's inset text template does. */
export const INSET_TEXT_PREFIX = "Information: ";

/** Read by screen readers before a warning callout's heading, as NHS.UK's warning callout template does. */
export const WARNING_CALLOUT_PREFIX = "Important: ";

export const FOOTER = {
  /** Heading read by screen readers only, as in NHS.UK's footer template. */
  linksHeading: "Support links",
  links: [
    { text: "Accessibility statement", href: ROUTES.accessibility },
    { text: "Privacy notice", href: ROUTES.privacy },
    { text: "Cookies", href: ROUTES.cookies },
    { text: "Contact us", href: ROUTES.contact },
    { text: "Facts and figures", href: ROUTES.factsAndFigures },
  ] satisfies readonly ContentLink[],
  copyright: `© ${ORGANISATION_NAME}`,
} as const;

/** Read by screen readers before an error message, as in NHS.UK's error message template. */
export const ERROR_MESSAGE_PREFIX = "Error: ";
