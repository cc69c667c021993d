import type { SiteLinks } from "../content/email-layout";
import { ROUTES } from "../content/routes";
import { getEnv } from "../env";
import type { Locale } from "../i18n/locales";
import { absoluteHref } from "../i18n/paths";

/**
 * The public addresses an email in the locale sends residents to: the site (SITE_URL) and its
 * contact page, in that language ("https://…/bn", "https://…/bn/contact"), written out in full
 * because an email is read away from the site.
 */
export function siteLinksFor(locale: Locale, siteUrl: string = getEnv().SITE_URL): SiteLinks {
  return { site: absoluteHref(siteUrl, locale, ROUTES.home), contact: absoluteHref(siteUrl, locale, ROUTES.contact) };
}
