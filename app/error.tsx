"use client";

import { useEffect } from "react";

import { ServiceError } from "@/components/service-error";
import { SERVICE_ERROR_PAGE } from "@/lib/content/errors";

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
    <ServiceError
      tryAgain={
        <button className="nhsuk-button" type="button" onClick={() => retry()}>
          {SERVICE_ERROR_PAGE.tryAgainButton}
        </button>
      }
    />
  );
}
