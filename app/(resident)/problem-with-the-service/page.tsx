import type { Metadata } from "next";

import { safeReturnPath } from "@/app/_lib/service-problem";
import { ServiceErrorWithLink } from "@/components/service-error";
import { getResidentContent } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getResidentContent()).content.errors.SERVICE_ERROR_PAGE.title, robots: { index: false } };
}

type PageProps = { searchParams: Promise<{ from?: string | string[] }> };

/** Where pages and forms send residents and staff when the service cannot read or save (app/_lib/service-problem.ts). */
export default async function ProblemWithTheServicePage({ searchParams }: PageProps) {
  const { from } = await searchParams;
  const { content } = await getResidentContent();
  return <ServiceErrorWithLink retryHref={safeReturnPath(from)} words={{ page: content.errors.SERVICE_ERROR_PAGE, siteTitle: content.site.SITE_TITLE }} />;
}
