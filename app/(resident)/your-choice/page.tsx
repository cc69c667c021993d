import type { SiteContent } from "@/lib/content/locales/site-content";

import { GuidePage, informationPageMetadata } from "../_components/information-pages";

const page = (content: SiteContent) => content.yourChoice.YOUR_CHOICE_PAGE;

export const generateMetadata = informationPageMetadata(page);

export default function YourChoicePage() {
  return <GuidePage page={page} />;
}
