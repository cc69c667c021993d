"use client";

import { useEffect } from "react";

import { SentenceWithLink } from "@/components/sentence-with-link";
import { SERVICE_ERROR_PAGE } from "@/lib/content/errors";
import { SITE_TITLE } from "@/lib/content/site";

type ErrorPageProps = {
  error: unknown;
  retry: () => void;
};

export default function ErrorPage({ error, retry }: ErrorPageProps) {
  useEffect(() => {
    // The server has logged the full error; the browser only ever sees its digest.
    console.error(error);
  }, [error]);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <title>{`${SERVICE_ERROR_PAGE.title} – ${SITE_TITLE}`}</title>
        <h1>{SERVICE_ERROR_PAGE.title}</h1>
        {SERVICE_ERROR_PAGE.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <button className="nhsuk-button" type="button" onClick={() => retry()}>
          {SERVICE_ERROR_PAGE.tryAgainButton}
        </button>
        <SentenceWithLink sentence={SERVICE_ERROR_PAGE.contact} />
      </div>
    </div>
  );
}
