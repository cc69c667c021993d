import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
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
import { SkipLink } from "@/components/skip-link";
import { exampleDetailsNotice } from "@/lib/content/programme";
import { ROUTES } from "@/lib/content/routes";
import { FOOTER, HEADER, SITE_DESCRIPTION, SITE_TITLE, SKIP_LINK_TEXT } from "@/lib/content/site";
import { getEnv } from "@/lib/env";

const NHS_BLUE = "#005eb8";

export const metadata: Metadata = {
  title: { template: `%s – ${SITE_TITLE}`, default: SITE_TITLE },
  description: SITE_DESCRIPTION,
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
  return (
    <html lang="en-GB">
      {/* The support check below adds classes to <body> before React hydrates. */}
      <body suppressHydrationWarning>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SUPPORT_CHECK_SCRIPT }} />
        <NhsukStylesheet />
        <SkipLink text={SKIP_LINK_TEXT} />
        <Header
          service={{ text: HEADER.serviceName, href: ROUTES.home }}
          logo={{ alt: HEADER.logoAlt, ariaLabel: HEADER.homeLinkLabel }}
        />
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent">
            <ExampleDetailsNotice notice={exampleDetailsNotice(getEnv().SITE_URL)} />
            {children}
          </main>
        </div>
        <Footer links={FOOTER.links} linksHeading={FOOTER.linksHeading} copyright={FOOTER.copyright} />
        <NhsukFrontendScripts nonce={nonce} />
      </body>
    </html>
  );
}
