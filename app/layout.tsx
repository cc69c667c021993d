import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";

import { ExampleDetailsNotice } from "@/components/example-details-notice";
import { Footer } from "@/components/footer";
import { Header } from "@/components/header";
import {
  NHSUK_ASSETS_URL,
  NhsukFrontendScripts,
  NhsukStylesheet,
  SUPPORT_CHECK_SCRIPT,
} from "@/components/nhsuk-frontend-assets";
import { LanguageLinks, TranslationNotice } from "@/components/language-links";
import { SkipLink } from "@/components/skip-link";
import { contentFor } from "@/lib/content/locales";
import { exampleFieldsFor } from "@/lib/content/programme";
import { ROUTES } from "@/lib/content/routes";
import type { ExampleField } from "@/lib/content/site-frame";
import { getEnv } from "@/lib/env";
import { LOCALE_INFO, type Locale } from "@/lib/i18n/locales";
import { isResidentPath, localiseHref } from "@/lib/i18n/paths";
import { PUBLISHED_LOCALES } from "@/lib/i18n/published";
import { PATH_HEADER } from "@/lib/i18n/request-headers";
import { getResidentContent } from "@/lib/i18n/server";

const NHS_BLUE = "#005eb8";

/** The page's address without its language prefix, when it is a resident page (proxy.ts says which). */
async function residentPath(): Promise<string | undefined> {
  const path = (await headers()).get(PATH_HEADER);
  return path && isResidentPath(path) ? path : undefined;
}

/** The same page in every published language, for search engines (hreflang) and the language links. */
function alternates(path: string): Record<string, string> {
  // Absolute, on the site's public address, as search engines expect.
  const site = getEnv().SITE_URL.replace(/\/$/, "");
  const languages: Record<string, string> = {};
  for (const locale of PUBLISHED_LOCALES) {
    const hreflang = LOCALE_INFO[locale].hreflang;
    if (hreflang) languages[hreflang] = `${site}${localiseHref(locale, path)}`;
  }
  if (PUBLISHED_LOCALES.length > 1) languages["x-default"] = `${site}${path}`;
  return languages;
}

export async function generateMetadata(): Promise<Metadata> {
  const { content } = await getResidentContent();
  const { SITE_TITLE, SITE_DESCRIPTION } = content.site;
  const path = await residentPath();
  return {
    ...STATIC_METADATA,
    title: { template: `%s – ${SITE_TITLE}`, default: SITE_TITLE },
    description: SITE_DESCRIPTION,
    alternates: path && PUBLISHED_LOCALES.length > 1 ? { languages: alternates(path) } : undefined,
  };
}

/** The words of the notice shown while any programme fact is still an example, in the page's language. */
function exampleNotice(locale: Locale): { heading: string; text: string } | undefined {
  const fields = exampleFieldsFor(getEnv().SITE_URL);
  if (fields.length === 0) return undefined;
  const { exampleDetails } = contentFor(locale).siteFrame.SITE_FRAME;
  const names = fields.map((field) => exampleDetails.fieldNames[field as ExampleField] ?? field);
  const list = new Intl.ListFormat(LOCALE_INFO[locale].htmlLang, { style: "long", type: "conjunction" }).format(names);
  return { heading: exampleDetails.heading, text: exampleDetails.text(list) };
}

const STATIC_METADATA: Metadata = {
  icons: {
    icon: [
      { url: `${NHSUK_ASSETS_URL}/images/favicon.ico`, sizes: "48x48" },
      { url: `${NHSUK_ASSETS_URL}/images/favicon.svg`, sizes: "any", type: "image/svg+xml" },
    ],
    apple: `${NHSUK_ASSETS_URL}/images/nhsuk-icon-180.png`,
    other: [{ rel: "mask-icon", url: `${NHSUK_ASSETS_URL}/images/nhsuk-icon-mask.svg`, color: NHS_BLUE }],
  },
  manifest: `${NHSUK_ASSETS_URL}/manifest.json`,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  themeColor: NHS_BLUE,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // proxy.ts gives every page a fresh nonce for its Content-Security-Policy; the
  // two inline scripts below run only because they carry it. Reading the
  // request's headers also makes every page render per request, as nonces need.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  // The page's language comes from its address (proxy.ts, lib/i18n/request.ts, ADR 030).
  const { locale, content } = await getResidentContent();
  const { HEADER, FOOTER, SKIP_LINK_TEXT } = content.site;
  const frame = content.siteFrame.SITE_FRAME;
  const path = await residentPath();
  const translation = content.meta.TRANSLATION;
  return (
    <html lang={LOCALE_INFO[locale].htmlLang}>
      {/* The support check below adds classes to <body> before React hydrates. */}
      <body suppressHydrationWarning>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SUPPORT_CHECK_SCRIPT }} />
        <NhsukStylesheet />
        <NextIntlClientProvider>
          <SkipLink text={SKIP_LINK_TEXT} />
          {path && PUBLISHED_LOCALES.length > 1 ? (
            <LanguageLinks current={locale} locales={PUBLISHED_LOCALES} path={path} label={frame.languageLinksLabel} />
          ) : null}
          <Header
            service={{ text: HEADER.serviceName, href: localiseHref(locale, ROUTES.home) }}
            logo={{ alt: HEADER.logoAlt, ariaLabel: HEADER.homeLinkLabel }}
          />
          <div className="nhsuk-width-container">
            <main className="nhsuk-main-wrapper" id="maincontent">
              {translation.reviewed ? null : (
                <TranslationNotice
                  notice={frame.translationNotice}
                  english={LOCALE_INFO[locale].htmlLang === LOCALE_INFO.en.htmlLang ? null : contentFor("en").siteFrame.SITE_FRAME.translationNotice}
                  englishHref={path ?? ROUTES.home}
                />
              )}
              <ExampleDetailsNotice notice={exampleNotice(locale)} />
              {children}
            </main>
          </div>
          <Footer links={FOOTER.links} linksHeading={FOOTER.linksHeading} copyright={FOOTER.copyright} />
        </NextIntlClientProvider>
        <NhsukFrontendScripts nonce={nonce} />
      </body>
    </html>
  );
}
