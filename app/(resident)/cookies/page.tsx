import type { SiteContent } from "@/lib/content/locales/site-content";

import { StandalonePage, informationPageMetadata } from "../_components/information-pages";

const page = (content: SiteContent) => content.cookies.COOKIES_PAGE;

export const generateMetadata = informationPageMetadata(page);

export default function CookiesPage() {
  return <StandalonePage page={page} />;
}
