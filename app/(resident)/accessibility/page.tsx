import type { SiteContent } from "@/lib/content/locales/site-content";

import { StandalonePage, informationPageMetadata } from "../_components/information-pages";

const page = (content: SiteContent) => content.accessibility.ACCESSIBILITY_PAGE;

export const generateMetadata = informationPageMetadata(page);

export default function AccessibilityPage() {
  return <StandalonePage page={page} />;
}
