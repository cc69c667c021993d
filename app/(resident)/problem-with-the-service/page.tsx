import type { Metadata } from "next";

import { safeReturnPath } from "@/app/_lib/service-problem";
import { ServiceErrorWithLink } from "@/components/service-error";
import { SERVICE_ERROR_PAGE } from "@/lib/content/errors";

export const metadata: Metadata = {
  title: SERVICE_ERROR_PAGE.title,
  robots: { index: false },
};

type PageProps = { searchParams: Promise<{ from?: string | string[] }> };

/** Where pages and forms send residents and staff when the service cannot read or save (app/_lib/service-problem.ts). */
export default async function ProblemWithTheServicePage({ searchParams }: PageProps) {
  const { from } = await searchParams;
  return <ServiceErrorWithLink retryHref={safeReturnPath(from)} />;
}
