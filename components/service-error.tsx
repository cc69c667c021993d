import type { ReactNode } from "react";

import { SentenceWithLink } from "@/components/sentence-with-link";
import { SERVICE_ERROR_PAGE } from "@/lib/content/errors";
import { SITE_TITLE } from "@/lib/content/site";

/**
 * "Sorry, there is a problem with the service", the NHS service manual's
 * pattern. `tryAgain` is the way back: a button in the browser's error
 * boundary, a link when the server renders the page itself.
 */
export function ServiceError({ tryAgain, withTitle = true }: { tryAgain: ReactNode; withTitle?: boolean }) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {withTitle && <title>{`${SERVICE_ERROR_PAGE.title} – ${SITE_TITLE}`}</title>}
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
export function ServiceErrorWithLink({ retryHref }: { retryHref: string }) {
  return (
    <ServiceError
      withTitle={false}
      tryAgain={
        <p>
          <a className="nhsuk-button" href={retryHref} role="button" draggable="false">
            {SERVICE_ERROR_PAGE.tryAgainButton}
          </a>
        </p>
      }
    />
  );
}
