"use client";

import { useEffect } from "react";

import { Footer } from "@/components/footer";
import { Header } from "@/components/header";
import { NhsukStylesheet } from "@/components/nhsuk-frontend-assets";
import { ServiceError } from "@/components/service-error";
import { SkipLink } from "@/components/skip-link";
import { SERVICE_ERROR_PAGE } from "@/lib/content/errors";
import { ROUTES } from "@/lib/content/routes";
import { FOOTER, HEADER, SITE_TITLE, SKIP_LINK_TEXT } from "@/lib/content/site";

type GlobalErrorProps = {
  error: unknown;
  retry: () => void;
};

// Shown when the root layout itself fails, so it brings its own <html> and
// the same header, footer and NHS.UK styles. It never shows the error: the
// server has logged it, the browser only ever sees its digest.
export default function GlobalError({ error, retry }: GlobalErrorProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="en-GB">
      <body>
        <NhsukStylesheet />
        <SkipLink text={SKIP_LINK_TEXT} />
        <Header service={{ text: HEADER.serviceName, href: ROUTES.home }} logo={{ alt: HEADER.logoAlt, ariaLabel: HEADER.homeLinkLabel }} />
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent">
            {/* English: with the root layout failed there is no locale to read (ADR 030). */}
            <ServiceError
              words={{ page: SERVICE_ERROR_PAGE, siteTitle: SITE_TITLE }}
              tryAgain={
                <button className="nhsuk-button" type="button" onClick={() => retry()}>
                  {SERVICE_ERROR_PAGE.tryAgainButton}
                </button>
              }
            />
          </main>
        </div>
        <Footer links={FOOTER.links} linksHeading={FOOTER.linksHeading} copyright={FOOTER.copyright} />
      </body>
    </html>
  );
}
