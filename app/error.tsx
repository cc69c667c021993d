"use client";

import { useEffect } from "react";

import { ServiceError } from "@/components/service-error";
import { serviceErrorWords } from "@/lib/content/locales/browser-words";
import { useResidentLocale } from "@/lib/i18n/use-resident-locale";

type ErrorPageProps = {
  error: unknown;
  retry: () => void;
};

export default function ErrorPage({ error, retry }: ErrorPageProps) {
  useEffect(() => {
    // The server has logged the full error; the browser only ever sees its digest.
    console.error(error);
  }, [error]);

  const words = serviceErrorWords(useResidentLocale());
  return (
    <ServiceError
      words={words}
      tryAgain={
        <button className="nhsuk-button" type="button" onClick={() => retry()}>
          {words.page.tryAgainButton}
        </button>
      }
    />
  );
}
