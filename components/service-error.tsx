import type { ReactNode } from "react";

import { SentenceWithLink } from "@/components/sentence-with-link";
import type { SERVICE_ERROR_PAGE as EnglishPage } from "@/lib/content/errors";
import type { Localised } from "@/lib/i18n/localised";

/** The page's words in the page's language, and the site's title for the browser tab. */
export type ServiceErrorWords = { page: Localised<typeof EnglishPage>; siteTitle: string };

/**
 * "Sorry, there is a problem with the service", the NHS service manual's
 * pattern. `tryAgain` is the way back: a button in the browser's error
 * boundary, a link when the server renders the page itself.
 */
export function ServiceError({ tryAgain, withTitle = true, words }: { tryAgain: ReactNode; withTitle?: boolean; words: ServiceErrorWords }) {
  const { page: SERVICE_ERROR_PAGE, siteTitle } = words;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {withTitle && <title>{`${SERVICE_ERROR_PAGE.title} – ${siteTitle}`}</title>}
        <h1>{SERVICE_ERROR_PAGE.title}</h1>
        {SERVICE_ERROR_PAGE.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        {tryAgain}
        <SentenceWithLink sentence={SERVICE_ERROR_PAGE.contact} />
      </div>
    </div>
  );
}

/** The service error page drawn on the server, so it reads the same without JavaScript (its page sets the title). */
export function ServiceErrorWithLink({ retryHref, words }: { retryHref: string; words: ServiceErrorWords }) {
  return (
    <ServiceError
      withTitle={false}
      words={words}
      tryAgain={
        <p>
          {/* The exact address the resident came from, its language prefix included. */}
          <a className="nhsuk-button" href={retryHref} role="button" draggable="false">
            {words.page.tryAgainButton}
          </a>
        </p>
      }
    />
  );
}
